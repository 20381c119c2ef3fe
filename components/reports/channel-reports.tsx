import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { ReportWidget } from "./report-widget";

/**
 * Visitors' reports need the server's API; a static export (STATIC_EXPORT=1) has none, so there the
 * widget is left out rather than shown broken. The widget fills its templates in the browser (report-texts.ts),
 * so it is handed the `reports` messages as they are rather than through next-intl's formatter.
 */
export function ChannelReports({
  channel,
  locale = "ru",
}: {
  channel: { id: string; title: string };
  locale?: Locale;
}) {
  if (process.env.STATIC_EXPORT === "1") return null;
  const texts = (locale === "en" ? EN_MESSAGES : RU_MESSAGES).reports;
  return <ReportWidget channelId={channel.id} channelTitle={channel.title} texts={texts} locale={locale} />;
}
