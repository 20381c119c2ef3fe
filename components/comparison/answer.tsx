import { PageLink } from "@/components/page-link";
import { requireChannel } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import type { ComparisonAnswer, MarketplaceComparison } from "@/lib/dataset/schema";

/** What both layouts of the comparison take: the data and the page's numbered sources. */
export interface ComparisonViewProps {
  comparison: MarketplaceComparison;
  notes: ReadonlyMap<string, number>;
}

/** In-page anchor of a source in the page's list of sources. */
export const sourceAnchor = (id: string): string => `source-${id}`;

/** One answer of the comparison: the short answer, what the source adds, the contacts it names and its notes. */
export function Answer({ answer, notes }: { answer: ComparisonAnswer; notes: ReadonlyMap<string, number> }) {
  return (
    <div className="space-y-1">
      <p className="font-semibold">{answer.short}</p>
      <p>{answer.details}</p>
      {answer.channels.length > 0 ? (
        <ul className="space-y-0.5">
          {answer.channels.map((id) => {
            const c = requireChannel(id);
            return (
              <li key={id}>
                <PageLink href={`/channels/${id}`} className="underline">
                  {displayValue(c) ?? c.title}
                </PageLink>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="text-xs text-slate-600">
        {answer.sources.length > 1 ? "Источники: " : "Источник: "}
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
