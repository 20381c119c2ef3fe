/** A channel unchecked for longer than this before the build is flagged for re-checking. */
export const MAX_AGE_DAYS = 180;

const DAY_MS = 86_400_000;

/** The build's date (yyyy-mm-dd); BUILD_DATE pins it for reproducible builds and tests. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.BUILD_DATE;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return now.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

export function needsRecheck(verifiedAt: string, today: string, maxAgeDays: number = MAX_AGE_DAYS): boolean {
  return daysBetween(verifiedAt, today) > maxAgeDays;
}
