import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/hours/calendar";
import { buildDate, MAX_AGE_DAYS, needsRecheck } from "@/lib/trust/freshness";

/**
 * When the record was last compared with its sources: not a call or a message to the channel, which is why
 * it says «сверено с источниками» and, in full, that we did not contact the channel ourselves. Computed when
 * the page is built, so a stale record is flagged without anyone remembering to.
 */
export function FreshnessNote({
  verifiedAt,
  full = false,
  locale = "ru",
}: {
  verifiedAt: string;
  full?: boolean;
  locale?: Locale;
}) {
  const t = useTranslations("channel");
  const stale = needsRecheck(verifiedAt, buildDate());
  const date = formatDate(verifiedAt, locale);
  return (
    <p className="text-sm text-slate-700" data-testid="freshness" data-stale={stale}>
      {full ? t("freshness.checkedFull", { date }) : t("freshness.checked", { date })}
      {stale ? (
        <strong className="ml-1 rounded border border-amber-700 bg-amber-50 px-1 text-amber-900">
          {t("freshness.stale", { days: MAX_AGE_DAYS })}
        </strong>
      ) : null}
    </p>
  );
}
