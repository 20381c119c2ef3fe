import type { Schedule, TimeRange } from "../dataset/schema";
import {
  DAY_MINUTES,
  DAY_MS,
  MINUTE_MS,
  MOSCOW_TIME_ZONE,
  WEEKDAYS,
  instantFromWall,
  wallTimeMs,
  weekdayIndex,
} from "./zone";

/** Whether a Moscow schedule is open at an instant, and when that next changes. Nothing here reads the clock. */

const WEEK_MINUTES = 7 * DAY_MINUTES;
const HORIZON_MS = 8 * DAY_MS;

/** A half-open span [start, end) in wall minutes. */
interface Span {
  start: number;
  end: number;
}

/** Minutes since midnight for "HH:MM" ("24:00" → 1440). */
export function parseClock(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`Неверное время: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Start and end of a range in minutes from the midnight of its start day.
 * `to` <= `from` runs past midnight; `from === to` is the whole 24 hours.
 */
export function rangeSpan(range: TimeRange): Span {
  const start = parseClock(range.from);
  const to = parseClock(range.to);
  return { start, end: to > start ? to : to + DAY_MINUTES };
}

export function isWholeDay(range: TimeRange): boolean {
  const span = rangeSpan(range);
  return span.end - span.start >= DAY_MINUTES;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Open spans in Moscow wall minutes around `wallMs`: the week containing it,
 * one before (for ranges running into it) and two after (for the 8-day look-ahead).
 */
function openSpansAround(ranges: TimeRange[], wallMs: number): Span[] {
  const wallMinute = Math.floor(wallMs / MINUTE_MS);
  const minuteOfDay = wallMinute % DAY_MINUTES;
  const weekStart = wallMinute - minuteOfDay - weekdayIndex(wallMs) * DAY_MINUTES;
  const spans: Span[] = [];
  for (let week = -1; week <= 2; week += 1) {
    for (const range of ranges) {
      const span = rangeSpan(range);
      for (const day of range.days) {
        const dayStart = weekStart + week * WEEK_MINUTES + WEEKDAYS.indexOf(day) * DAY_MINUTES;
        spans.push({ start: dayStart + span.start, end: dayStart + span.end });
      }
    }
  }
  return mergeSpans(spans);
}

/** Whether the schedule (in Moscow time) is open at `instant`. */
export function isOpenAt(schedule: Schedule, instant: Date): boolean {
  if (schedule.type === "always") return true;
  const wallMs = wallTimeMs(instant, MOSCOW_TIME_ZONE);
  return openSpansAround(schedule.ranges, wallMs).some(
    (span) => span.start * MINUTE_MS <= wallMs && wallMs < span.end * MINUTE_MS,
  );
}

/**
 * The next instant within 8 days at which the schedule opens or closes, or
 * null when it never changes (always open, or ranges covering every minute).
 */
export function nextChange(schedule: Schedule, instant: Date): Date | null {
  if (schedule.type === "always") return null;
  const wallMs = wallTimeMs(instant, MOSCOW_TIME_ZONE);
  const boundaries = openSpansAround(schedule.ranges, wallMs).flatMap((s) => [s.start, s.end]);
  const next = boundaries.find((minute) => minute * MINUTE_MS > wallMs);
  if (next === undefined || next * MINUTE_MS - wallMs > HORIZON_MS) return null;
  return instantFromWall(MOSCOW_TIME_ZONE, next * MINUTE_MS);
}

/** Some range is 24 hours long on all seven days. */
export function coversEveryMinute(ranges: TimeRange[]): boolean {
  return ranges.some((range) => new Set(range.days).size === 7 && isWholeDay(range));
}
