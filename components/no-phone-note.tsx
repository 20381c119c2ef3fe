import { useTranslations } from "next-intl";
import type { Audience, Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { disagreementSummary } from "@/lib/trust/attribution";
import { channelHref, confidenceMarkOf, evidenceOf } from "@/lib/dataset/access";
import { channelIn } from "@/lib/i18n/localize";
import { ConfidenceNote } from "./confidence-note";
import { PageLink } from "./page-link";
import { StatusBadge } from "./status-badge";

/**
 * Said plainly and early: for some audiences no source gives a number that reaches a person for sure.
 * "Надёжного" because some numbers are only disputed, not known to be dead; which numbers, and who says what
 * about each, is one tap away.
 */
export function NoPhoneNote({
  audience,
  phones,
  locale = "ru",
}: {
  audience: Audience;
  phones: Channel[];
  locale?: Locale;
}) {
  const t = useTranslations("card");
  if (!audience.noPhone) return null;
  return (
    <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="no-phone">
      <p>
        <strong>{t("noReliablePhone")} </strong>
        {audience.noPhone}
      </p>
      {phones.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-semibold">{t("numbersInSources")}</summary>
          <ul className="mt-2 space-y-2">
            {phones.map((c) => {
              const mark = confidenceMarkOf(c);
              const split = disagreementSummary(evidenceOf(c), locale);
              const shown = channelIn(locale, c);
              return (
                <li key={c.id} className="space-y-1" data-phone={c.id}>
                  <p className="inline-row">
                    <PageLink {...channelHref(locale, c.id)} className="font-semibold underline">
                      {shown.title}
                    </PageLink>
                    <StatusBadge status={c.status} locale={locale} />
                  </p>
                  <p>
                    <ConfidenceNote level={mark.level} sources={mark.sources} locale={locale} />
                  </p>
                  {split ? <p className="text-sm">{split}</p> : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
