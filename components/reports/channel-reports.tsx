import { ReportWidget } from "./report-widget";

/**
 * Visitors' reports need the server's API; a static export (STATIC_EXPORT=1) has none, so there the
 * widget is left out rather than shown broken.
 */
export function ChannelReports({ channel }: { channel: { id: string; title: string } }) {
  if (process.env.STATIC_EXPORT === "1") return null;
  return <ReportWidget channelId={channel.id} channelTitle={channel.title} />;
}
