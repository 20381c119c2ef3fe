import { useTranslations } from "next-intl";
import type { Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { formatResponseTime } from "@/lib/text/channel";
import { costText, SEVERAL_SOURCES_IN } from "@/lib/trust/attribution";
import { shiftsOf } from "@/lib/hours/open-state";
import { sourcesInWords } from "@/lib/dataset/access";
import { firstReplyRange } from "@/lib/replies/range";
import { HoursText } from "./hours-text";
import { OpenNow } from "./open-now";
import { reserveFor } from "@/lib/hours/open-now-text";

/**
 * Hours, response time and cost as a compact definition list; `brief` (list cards) leaves out the hours'
 * notes. Response times show the span across sources and who gives each figure.
 */
export function ChannelFacts({
  channel,
  brief = false,
  locale = "ru",
}: {
  channel: Channel;
  brief?: boolean;
  locale?: Locale;
}) {
  const t = useTranslations("channel");
  const by = (ids: string[]) => sourcesInWords(ids, locale);
  const range = firstReplyRange(channel.responseTimes, locale);
  const shifts = channel.hours ? shiftsOf(channel.hours, by) : undefined;
  return (
    <dl className="facts">
      {channel.hours ? (
        <>
          <dt className="font-semibold">{t("facts.hours")}</dt>
          <dd>
            <HoursText hours={channel.hours} notes={!brief} locale={locale} />
            {/* A disputed line's claimed hours do not say that anyone answers now. */}
            {shifts && channel.status === "active" ? (
              <OpenNow hours={shifts} reserve={reserveFor(shifts, locale)} locale={locale} />
            ) : null}
          </dd>
        </>
      ) : null}
      {channel.responseTimes.length > 0 ? (
        <>
          <dt className="font-semibold">{t("facts.response")}</dt>
          <dd>
            {range ? (
              <p data-testid="reply-range">
                {t("facts.firstReply")} <strong>{range}</strong>
                {channel.responseTimes.filter((r) => r.stage === "first-reply").length > 1
                  ? ` ${SEVERAL_SOURCES_IN[locale]}`
                  : ""}
              </p>
            ) : null}
            <ul className="space-y-0.5">
              {channel.responseTimes.map((r, i) => (
                <li key={i}>
                  {formatResponseTime(r, locale)}
                  <span className="text-slate-600">
                    {r.context ? ` — ${r.context}` : ""} ({by([r.source])})
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {channel.kind === "phone" ? (
        <>
          <dt className="font-semibold">{t("facts.call")}</dt>
          <dd>{costText(channel, locale)}</dd>
        </>
      ) : null}
    </dl>
  );
}
