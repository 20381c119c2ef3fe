import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { channelHref, requireChannel } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import type { ComparisonAnswer, MarketplaceComparison } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { answerIn, channelIn } from "@/lib/i18n/localize";

/** What both layouts of the comparison take: the data, the page's numbered sources and its language. */
export interface ComparisonViewProps {
  comparison: MarketplaceComparison;
  notes: ReadonlyMap<string, number>;
  locale: Locale;
}

/** In-page anchor of a source in the page's list of sources. */
export const sourceAnchor = (id: string): string => `source-${id}`;

/** One answer of the comparison: the short answer, what the source adds, the contacts it names and its notes. */
export function Answer({
  answer: raw,
  notes,
  locale,
}: {
  answer: ComparisonAnswer;
  notes: ReadonlyMap<string, number>;
  locale: Locale;
}) {
  const answer = answerIn(locale, raw);
  const t = useTranslations("comparison");
  return (
    <div className="space-y-1">
      <p className="font-semibold">{answer.short}</p>
      <p>{answer.details}</p>
      {answer.channels.length > 0 ? (
        <ul className="space-y-0.5">
          {answer.channels.map((id) => {
            const c = channelIn(locale, requireChannel(id));
            return (
              <li key={id}>
                <PageLink {...channelHref(locale, id)} className="underline">
                  {displayValue(c) ?? c.title}
                </PageLink>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="text-xs text-slate-600">
        {t(answer.sources.length > 1 ? "sources" : "source")}
        {answer.sources.map((s, i) => (
          <span key={s}>
            {i > 0 ? ", " : ""}
            <a href={`#${sourceAnchor(s)}`} className="underline">
              [{notes.get(s)}]
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
