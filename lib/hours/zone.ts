import type { Weekday } from "../dataset/schema";

/**
 * Wall clocks in Moscow and in the visitor's zone. Every function takes the instant as a
 * parameter; nothing here reads the clock.
 *
 * Internally a "wall" time is the zone's local calendar time encoded as if it
 * were UTC (Date.UTC of the local fields), so calendar arithmetic is plain
 * integer arithmetic and the zone only matters when converting to and from
 * real instants: by a fixed offset for Moscow and by Date's local-time getters for
 * the browser's own zone. Those are the only two zones the site shows.
 */

export const MOSCOW_TIME_ZONE = "Europe/Moscow";

/**
 * The browser's own zone, read through Date's local-time getters (DST-aware, from the system's zone
 * rules). Used for the visitor instead of a zone name: the first Intl call on a page starts ICU, a
 * 20–30 ms main-thread task on a phone, and the open-now badges need none of it.
 */
export const LOCAL_TIME_ZONE = "local";

/** Moscow, in which the sources give hours, or the visitor's own zone. */
export type Zone = typeof MOSCOW_TIME_ZONE | typeof LOCAL_TIME_ZONE;

/**
 * Moscow has kept UTC+3 all year since 26 October 2014, so its wall time needs no Intl either.
 * A unit test checks this against the tz database for years ahead; a rule change fails it.
 */
export const MOSCOW_OFFSET_MINUTES = 180;

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const WEEKDAY_SHORT: Readonly<Record<Weekday, string>> = {
  mon: "пн",
  tue: "вт",
  wed: "ср",
  thu: "чт",
  fri: "пт",
  sat: "сб",
  sun: "вс",
};

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 1440;
export const DAY_MS = DAY_MINUTES * MINUTE_MS;

/** The zone's wall-clock time at `instant`, encoded as UTC milliseconds. */
export function wallTimeMs(instant: Date, zone: Zone): number {
  if (zone === MOSCOW_TIME_ZONE) return instant.getTime() + MOSCOW_OFFSET_MINUTES * MINUTE_MS;
  return instant.getTime() - instant.getTimezoneOffset() * MINUTE_MS;
}

/** The zone's offset from UTC at `instant`, in minutes (Moscow: 180). */
export function zoneOffsetMinutes(timeZone: Zone, instant: Date): number {
  return Math.round((wallTimeMs(instant, timeZone) - instant.getTime()) / MINUTE_MS);
}

/** The instant at which the zone's wall clock shows `wallMs`. */
export function instantFromWall(timeZone: Zone, wallMs: number): Date {
  let guess = wallMs - zoneOffsetMinutes(timeZone, new Date(wallMs)) * MINUTE_MS;
  for (let i = 0; i < 2; i += 1) {
    const drift = wallTimeMs(new Date(guess), timeZone) - wallMs;
    if (drift === 0) break;
    guess -= drift;
  }
  return new Date(guess);
}

/** Monday = 0 … Sunday = 6 for a wall time. */
export function weekdayIndex(wallMs: number): number {
  return (new Date(wallMs).getUTCDay() + 6) % 7;
}

export function dayNumber(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function clockText(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** "HH:MM" of `date` in `timeZone`. */
export function formatInZone(date: Date, timeZone: Zone): string {
  const minuteOfDay = Math.floor(wallTimeMs(date, timeZone) / MINUTE_MS) % DAY_MINUTES;
  return clockText(minuteOfDay);
}

/** Whether the visitor's UTC offset at `instant` differs from Moscow's. */
export function visitorDiffers(visitorZone: Zone, instant: Date): boolean {
  return zoneOffsetMinutes(visitorZone, instant) !== zoneOffsetMinutes(MOSCOW_TIME_ZONE, instant);
}
