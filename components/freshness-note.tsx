import { formatDateRu } from "@/lib/text";
import { buildDate, MAX_AGE_DAYS, needsRecheck } from "@/lib/freshness";

/** Computed when the page is built, so a stale record is flagged without anyone remembering to. */
export function FreshnessNote({ verifiedAt }: { verifiedAt: string }) {
  const stale = needsRecheck(verifiedAt, buildDate());
  return (
    <p className="text-sm text-slate-700" data-testid="freshness" data-stale={stale}>
      Проверено {formatDateRu(verifiedAt)}
      {stale ? (
        <strong className="ml-1 rounded border border-amber-700 bg-amber-50 px-1 text-amber-900">
          ⚠ нужна повторная проверка: больше {MAX_AGE_DAYS} дней
        </strong>
      ) : null}
    </p>
  );
}
