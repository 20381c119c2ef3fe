import { PageLink } from "@/components/page-link";
import type { Claim, Source } from "@/lib/schema";
import { formatDateRu } from "@/lib/text";
import { sourceKindLabel } from "@/lib/attribution";
import { getChannel } from "@/lib/data";

const stanceLabel: Record<Claim["stance"], string> = {
  "says-works": "пишет, что работает",
  "says-not-working": "пишет, что не работает",
  lists: "приводит как действующий контакт",
  "lists-other": "даёт на этом месте другой контакт",
  "not-mentioned": "об этом канале не пишет",
};

export function ClaimsList({ claims, sources }: { claims: Claim[]; sources: Map<string, Source> }) {
  return (
    <ul className="space-y-3" aria-label="Что говорят источники">
      {claims.map((cl, i) => {
        const src = sources.get(cl.source);
        return (
          <li key={i} className="rounded-lg border border-slate-200 bg-white p-3" data-stance={cl.stance}>
            <p className="text-sm text-slate-700">
              <PageLink href={`/sources#${cl.source}`} className="font-semibold underline">
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
