import type { Outcome } from "./options";

/** How many of a channel's latest reports the trend looks at, and how many it needs before it says anything. */
export const TREND_WINDOW = 10;
const TREND_MIN_REPORTS = 3;

/**
 * A channel is failing when, among its latest reports (newest first, at most TREND_WINDOW), there are
 * at least TREND_MIN_REPORTS and more than half say it failed. Two unlucky visitors are not a trend.
 */
export function isFailingTrend(latestFirst: readonly Outcome[]): boolean {
  const recent = latestFirst.slice(0, TREND_WINDOW);
  if (recent.length < TREND_MIN_REPORTS) return false;
  const failed = recent.filter((o) => o === "failed").length;
  return failed * 2 > recent.length;
}

/** The median of whole minutes, rounded to a whole minute; null when there is nothing to take it of. */
export function medianMinutes(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return Math.round(((sorted[middle - 1] ?? upper) + upper) / 2);
}
