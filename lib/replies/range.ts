import type { ResponseTime } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { formatResponseTime, responseMinutes } from "../text/channel";

/**
 * The span of the times sources give for a first reply, so that no one source's figure, least of all the
 * most optimistic, stands for the channel. Null when there is no first-reply time or the units differ.
 */
export function firstReplyRange(times: ResponseTime[], locale: Locale = "ru"): string | null {
  const replies = times.filter((r) => r.stage === "first-reply");
  const [first] = replies;
  if (!first || replies.some((r) => r.unit !== first.unit)) return null;
  if (replies.length === 1) return formatResponseTime(first, locale);
  const to = Math.max(...replies.map((r) => r.to));
  const from = replies.some((r) => r.from === undefined) ? undefined : Math.min(...replies.map((r) => r.from ?? 0));
  return formatResponseTime({ ...first, from, to }, locale);
}

/** The first-reply figure with the longest wait any source gives: what a visitor should be ready for. */
export function slowestReplyTime(times: ResponseTime[]): ResponseTime | undefined {
  return times
    .filter((r) => r.stage === "first-reply")
    .reduce<ResponseTime | undefined>(
      (slowest, r) => (!slowest || responseMinutes(r) > responseMinutes(slowest) ? r : slowest),
      undefined,
    );
}

/** The slowest first reply any source gives, in minutes. */
export function slowestFirstReply(times: ResponseTime[]): number | undefined {
  const slowest = slowestReplyTime(times);
  return slowest ? responseMinutes(slowest) : undefined;
}
