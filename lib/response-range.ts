import type { ResponseTime } from "./schema";
import { formatResponseTime, responseMinutes } from "./format";

/**
 * The span of the times sources give for a first reply, so that no one source's figure, least of all the
 * most optimistic, stands for the channel. Null when there is no first-reply time or the units differ.
 */
export function firstReplyRange(times: ResponseTime[]): string | null {
  const replies = times.filter((r) => r.stage === "first-reply");
  const [first] = replies;
  if (!first || replies.some((r) => r.unit !== first.unit)) return null;
  if (replies.length === 1) return formatResponseTime(first);
  const to = Math.max(...replies.map((r) => r.to));
  const from = replies.some((r) => r.from === undefined) ? undefined : Math.min(...replies.map((r) => r.from ?? 0));
  return formatResponseTime({ ...first, from, to });
}

/** The slowest first reply any source gives, in minutes: what a visitor should be ready to wait. */
export function slowestFirstReply(times: ResponseTime[]): number | undefined {
  const replies = times.filter((r) => r.stage === "first-reply").map(responseMinutes);
  return replies.length > 0 ? Math.max(...replies) : undefined;
}
