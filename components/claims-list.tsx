import { PageLink } from "@/components/page-link";
import type { Claim, Source } from "@/lib/dataset/schema";
import { formatDateRu } from "@/lib/hours/calendar";
import { sourceKindLabel, stanceLabel, type NumberedSource } from "@/lib/trust/attribution";
import { getChannel } from "@/lib/dataset/access";

type Props = { claims: Claim[]; sources: Map<string, Source>; numbered: ReadonlyMap<string, NumberedSource> };

/** Every source's claim about a channel, under the source's number on /sources. */
export function ClaimsList({ claims, sources, numbered }: Props) {
  return (
    <ul className="space-y-3" aria-label="Что говорят источники">
      {claims.map((cl, i) => {
        const src = sources.get(cl.source);
        const n = numbered.get(cl.source);
        return (
          <li key={i} className="rounded-lg border border-slate-200 bg-white p-3" data-stance={cl.stance}>
            <p className="text-sm text-slate-700">
              <PageLink href={`/sources#${cl.source}`} className="font-semibold underline">
                {n ? `[${n.number}] ` : ""}
                {src?.title ?? cl.source}
              </PageLink>{" "}
              ({src ? sourceKindLabel[src.kind].toLowerCase() : "источник"}) — {stanceLabel[cl.stance]}
              {cl.instead ? (
                <>
                  :{" "}
                  <PageLink href={`/channels/${cl.instead}`} className="underline">
                    {getChannel(cl.instead)?.title ?? cl.instead}
                  </PageLink>
                </>
              ) : null}
            </p>
            <p>{cl.says}</p>
            <p className="text-sm text-slate-600">
              {cl.date
                ? `Дата утверждения: ${formatDateRu(cl.date)}`
                : `Дата публикации не указана; текст сохранён ${src ? formatDateRu(src.retrievedAt) : "—"}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
