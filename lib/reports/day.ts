const DAY_MS = 86_400_000;

/** The UTC day of a moment, as "YYYY-MM-DD": reports count per day, and salts change at UTC midnight. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC day `days` before the day of `at`. */
export function daysBefore(at: Date, days: number): string {
  return utcDay(new Date(at.getTime() - days * DAY_MS));
}
