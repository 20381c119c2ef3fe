import { daysBetween, utcDay } from "../hours/calendar";

/** A channel unchecked for longer than this before the build is flagged for re-checking. */
export const MAX_AGE_DAYS = 180;

/** The build's date (yyyy-mm-dd); BUILD_DATE pins it for reproducible builds and tests. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.BUILD_DATE;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return utcDay(now);
}

export function needsRecheck(verifiedAt: string, today: string, maxAgeDays: number = MAX_AGE_DAYS): boolean {
  return daysBetween(verifiedAt, today) > maxAgeDays;
}
