import Link from "next/link";
import type { Claim, Source } from "@/lib/schema";
import { formatDateRu } from "@/lib/ru";

const stanceLabel: Record<Claim["stance"], string> = {
  works: "пишет, что работает",
  "not-working": "пишет, что не работает",
  unclear: "не говорит определённо",
};

export function ClaimsList({ claims, sources }: { claims: Claim[]; sources: Map<string, Source> }) {
  return (
    <ul className="space-y-3" aria-label="Что говорят источники">
      {claims.map((cl, i) => {
        const src = sources.get(cl.source);
        return (
          <li key={i} className="rounded-lg border border-slate-200 bg-white p-3" data-stance={cl.stance}>
            <p className="text-sm text-slate-700">
              <Link prefetch={false} href={`/sources#${cl.source}`} className="font-semibold underline">
                {src?.title ?? cl.source}
              </Link>{" "}
              — {stanceLabel[cl.stance]}
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
