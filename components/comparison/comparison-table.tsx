import { useTranslations } from "next-intl";
import { organisationOf } from "@/lib/dataset/access";
import { organisationIn } from "@/lib/i18n/localize";
import { QUESTIONS, questionLabel } from "@/lib/comparison/questions";
import { Answer, type ComparisonViewProps } from "./answer";
import { MarketplaceName } from "./marketplace-name";

/**
 * The comparison from the md breakpoint up: a table, a marketplace per column and a question per row. On wide
 * screens it reaches past the text column, which is too narrow for five columns of sentences.
 */
export function ComparisonTable({ comparison, notes, locale }: ComparisonViewProps) {
  const t = useTranslations("comparison");
  return (
    <div className="hidden md:block lg:-mx-24 xl:-mx-40">
      <table className="w-full table-fixed border-collapse text-sm" data-testid="comparison-table">
        <caption className="mb-2 text-left text-base font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className="w-36 border border-slate-300 p-2 text-left">
              {t("question")}
            </th>
            {comparison.marketplaces.map((m) => (
              <th key={m.organisation} scope="col" className="border border-slate-300 p-2 text-left text-base">
                <MarketplaceName organisation={organisationIn(locale, organisationOf(m))} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {QUESTIONS.map((q) => (
            <tr key={q.key} className="align-top">
              <th scope="row" className="border border-slate-300 bg-slate-50 p-2 text-left">
                {questionLabel(q, locale)}
              </th>
              {comparison.marketplaces.map((m) => (
                <td key={m.organisation} className="border border-slate-300 bg-white p-2">
                  <Answer answer={m[q.key]} notes={notes} locale={locale} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
