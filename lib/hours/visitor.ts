import type { Schedule, TimeRange, Weekday } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { formatDays, formatSchedule } from "./format";
import { coversEveryMinute, rangeSpan } from "./schedule";
import {
  DAY_MINUTES,
  DAY_MS,
  MINUTE_MS,
  MOSCOW_TIME_ZONE,
  WEEKDAYS,
  type Zone,
  clockText,
  dayNumber,
  instantFromWall,
  visitorDiffers,
  wallTimeMs,
} from "./zone";

export interface ZonedRange {
  /** The Moscow range it was converted from. */
  range: TimeRange;
  /** Days in the visitor's zone: shifted when the start lands on another date. */
  days: Weekday[];
  /** "HH:MM" in the visitor's zone. */
  from: string;
  /** "HH:MM" in the visitor's zone; "24:00" when it ends exactly at midnight. */
  to: string;
  /** Calendar days the start moved relative to Moscow (-1, 0 or 1). */
  dayShift: number;
  /** The converted range ends on a later date than it starts. */
  crossesMidnight: boolean;
  /**
   * "пн–пт 16:00–05:00 следующего дня по вашему времени"; in English "Mon–Fri 16:00–05:00 next day",
   * without the zone, which an English line names once, before its list ("in your time zone: …").
   */
  text: string;
}

export interface ZonedSchedule {
  /** The visitor's offset differs from Moscow's at the reference instant. */
  differs: boolean;
  /** Empty for an always-open schedule. */
  ranges: ZonedRange[];
  /** The ranges' texts; in English without the zone, as each range's is. */
  text: string;
}

function shiftDays(days: Weekday[], shift: number): Weekday[] {
  return days.flatMap((day) => {
    const shifted = WEEKDAYS[(((WEEKDAYS.indexOf(day) + shift) % 7) + 7) % 7];
    return shifted ? [shifted] : [];
  });
}

/** The visitor's wall time for a Moscow wall time. */
function toVisitorWall(moscowWallMs: number, visitorZone: Zone): number {
  return wallTimeMs(instantFromWall(MOSCOW_TIME_ZONE, moscowWallMs), visitorZone);
}

const NEXT_DAY: Readonly<Record<Locale, string>> = { ru: " следующего дня", en: " next day" };

function convertRange(range: TimeRange, visitorZone: Zone, moscowMidnight: number, locale: Locale): ZonedRange {
  const span = rangeSpan(range);
  const startWall = toVisitorWall(moscowMidnight + span.start * MINUTE_MS, visitorZone);
  const endWall = toVisitorWall(moscowMidnight + span.end * MINUTE_MS, visitorZone);
  const startDay = dayNumber(startWall);
  const endMinutes = Math.round((endWall - startDay * DAY_MS) / MINUTE_MS);
  const crossesMidnight = endMinutes > DAY_MINUTES;
  const from = clockText(Math.round((startWall - startDay * DAY_MS) / MINUTE_MS));
  const to = clockText(crossesMidnight ? endMinutes % DAY_MINUTES : endMinutes);
  const dayShift = startDay - dayNumber(moscowMidnight);
  const days = shiftDays(range.days, dayShift);
  const note = crossesMidnight ? NEXT_DAY[locale] : "";
  const listed = `${formatDays(days, locale)} ${from}–${to}${note}`;
  const text = locale === "ru" ? `${listed} по вашему времени` : listed;
  return { range, days, from, to, dayShift, crossesMidnight, text };
}

/**
 * The schedule's ranges converted to the visitor's zone as of the Moscow date
 * of `referenceInstant` (so DST in the visitor's zone is taken into account).
 */
export function describeScheduleInZone(
  schedule: Schedule,
  visitorZone: Zone,
  referenceInstant: Date,
  locale: Locale = "ru",
): ZonedSchedule {
  const differs = visitorDiffers(visitorZone, referenceInstant);
  if (schedule.type === "always" || coversEveryMinute(schedule.ranges)) {
    return { differs, ranges: [], text: formatSchedule(schedule, locale) };
  }
  const moscowMidnight = dayNumber(wallTimeMs(referenceInstant, MOSCOW_TIME_ZONE)) * DAY_MS;
  const ranges = schedule.ranges.map((range) => convertRange(range, visitorZone, moscowMidnight, locale));
  return { differs, ranges, text: ranges.map((range) => range.text).join("; ") };
}
