import { formatDateRu } from "@/lib/hours/calendar";
import { buildDate, MAX_AGE_DAYS, needsRecheck } from "@/lib/trust/freshness";

/**
 * When the record was last compared with its sources: not a call or a message to the channel, which is why
 * it says «сверено с источниками» and, in full, that we did not contact the channel ourselves. Computed when
 * the page is built, so a stale record is flagged without anyone remembering to.
 */
export function FreshnessNote({ verifiedAt, full = false }: { verifiedAt: string; full?: boolean }) {
  const stale = needsRecheck(verifiedAt, buildDate());
  return (
    <p className="text-sm text-slate-700" data-testid="freshness" data-stale={stale}>
      Сверено с источниками {formatDateRu(verifiedAt)}
      {full ? ". Сами мы по этому каналу не звонили и не писали" : ""}
      {stale ? (
        <strong className="ml-1 rounded border border-amber-700 bg-amber-50 px-1 text-amber-900">
          ⚠ пора сверить снова: прошло больше {MAX_AGE_DAYS} дней
        </strong>
      ) : null}
    </p>
  );
}
