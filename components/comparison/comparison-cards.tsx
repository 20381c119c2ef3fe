import { organisationOf } from "@/lib/dataset/access";
import { organisationIn } from "@/lib/i18n/localize";
import { QUESTIONS, questionLabel } from "@/lib/comparison/questions";
import { Answer, type ComparisonViewProps } from "./answer";
import { MarketplaceName } from "./marketplace-name";

/** The comparison on a phone: one card per marketplace, the questions stacked, nothing to scroll sideways. */
export function ComparisonCards({ comparison, notes, locale }: ComparisonViewProps) {
  return (
    <div className="space-y-4 md:hidden" data-testid="comparison-cards">
      {comparison.marketplaces.map((m) => {
        const organisation = organisationIn(locale, organisationOf(m));
        return (
          <section
            key={m.organisation}
            aria-labelledby={`card-${m.organisation}`}
            className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            data-marketplace={m.organisation}
          >
            <h2 id={`card-${m.organisation}`} className="text-xl font-bold">
              <MarketplaceName organisation={organisation} />
            </h2>
            <dl className="space-y-3 text-sm">
              {QUESTIONS.map((q) => (
                <div key={q.key}>
                  <dt className="text-slate-700">{questionLabel(q, locale)}</dt>
                  <dd>
                    <Answer answer={m[q.key]} notes={notes} locale={locale} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
