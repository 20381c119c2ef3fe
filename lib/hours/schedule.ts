import type { Hours, Schedule, Staffing, TimeRange, Weekday } from "../dataset/schema";

/**
 * Pure time logic for support hours. Every function takes the instant as a
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

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const DAY_MS = DAY_MINUTES * MINUTE_MS;
const HORIZON_MS = 8 * DAY_MS;

/** A half-open span [start, end) in wall minutes. */
interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------
// Zones

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
function instantFromWall(timeZone: Zone, wallMs: number): Date {
  let guess = wallMs - zoneOffsetMinutes(timeZone, new Date(wallMs)) * MINUTE_MS;
  for (let i = 0; i < 2; i += 1) {
    const drift = wallTimeMs(new Date(guess), timeZone) - wallMs;
    if (drift === 0) break;
    guess -= drift;
  }
  return new Date(guess);
}

/** Monday = 0 … Sunday = 6 for a wall time. */
function weekdayIndex(wallMs: number): number {
  return (new Date(wallMs).getUTCDay() + 6) % 7;
}

function dayNumber(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function clockText(minutes: number): string {
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

// ---------------------------------------------------------------------------
// Ranges

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

function isWholeDay(range: TimeRange): boolean {
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

// ---------------------------------------------------------------------------
// Open state

/**
 * The part of a channel's hours that the open-now clock needs, with who states each schedule ("по одной
 * статье"). Client components get only this: the notes are text the server already rendered.
 */
type Shift = Pick<Staffing, "who" | "schedule"> & { by: string };
export type Shifts = { staffing: Shift[] };

/** `by` names the sources of a schedule in words; the caller knows the sources, this module does not. */
export function shiftsOf(hours: Hours, by: (sources: string[]) => string): Shifts {
  return { staffing: hours.staffing.map(({ who, schedule, sources }) => ({ who, schedule, by: by(sources) })) };
}

export type StaffingState = Shift & {
  open: boolean;
  /** Next opening or closing instant; null when the schedule never changes. */
  nextChange: Date | null;
};

/** Whether one kind of staff is on duty: "uncertain" when the sources' schedules disagree about this instant. */
export type Duty = "open" | "closed" | "uncertain";

export interface OpenSummary {
  /** Operators or a service are answering now by every source's schedule. */
  liveNow: boolean;
  /** Some source says people are on duty now and another says they are not. */
  uncertain: boolean;
  /** Only the bot is answering now, and no source says anyone else is. */
  botOnly: boolean;
  anyOpen: boolean;
}

export interface OpenState {
  staffing: StaffingState[];
  duty: Map<Staffing["who"], Duty>;
  summary: OpenSummary;
}

function dutyOf(entries: StaffingState[]): Duty {
  if (entries.every((e) => e.open)) return "open";
  if (entries.every((e) => !e.open)) return "closed";
  return "uncertain";
}

export function openState(hours: Pick<Shifts, "staffing"> | Hours, instant: Date): OpenState {
  const staffing = hours.staffing.map((entry) => ({
    who: entry.who,
    schedule: entry.schedule,
    by: "by" in entry ? entry.by : "",
    open: isOpenAt(entry.schedule, instant),
    nextChange: nextChange(entry.schedule, instant),
  }));
  const duty = new Map<Staffing["who"], Duty>();
  for (const who of new Set(staffing.map((e) => e.who))) {
    duty.set(who, dutyOf(staffing.filter((e) => e.who === who)));
  }
  const people = [...duty].filter(([who]) => who !== "bot").map(([, d]) => d);
  const liveNow = people.includes("open");
  const uncertain = !liveNow && people.includes("uncertain");
  const anyOpen = staffing.some((e) => e.open);
  return { staffing, duty, summary: { liveNow, uncertain, botOnly: anyOpen && !liveNow && !uncertain, anyOpen } };
}

// ---------------------------------------------------------------------------
// Formatting

/** Indexes (Mon = 0) grouped into runs of consecutive days, wrapping Sun→Mon. */
function dayRuns(indexes: number[]): number[][] {
  const present = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const index of present) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last === index - 1) run.push(index);
    else runs.push([index]);
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first && last && first[0] === 0 && last[last.length - 1] === 6) {
    runs.shift();
    last.push(...first);
  }
  return runs;
}

function dayLabel(index: number): string {
  const day = WEEKDAYS[index];
  return day ? WEEKDAY_SHORT[day] : "";
}

/** "ежедневно", "пн–пт", "сб, вс", "пн, ср, пт", "пт–пн". */
export function formatDays(days: Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day));
  if (new Set(indexes).size === 7) return "ежедневно";
  return dayRuns(indexes)
    .map((run) => {
      const first = run[0] ?? 0;
      const last = run[run.length - 1] ?? first;
      if (run.length === 1) return dayLabel(first);
      if (run.length === 2) return `${dayLabel(first)}, ${dayLabel(last)}`;
      return `${dayLabel(first)}–${dayLabel(last)}`;
    })
    .join(", ");
}

function formatRange(range: TimeRange): string {
  const days = formatDays(range.days);
  if (isWholeDay(range)) return `${days} круглосуточно`;
  return `${days} ${range.from}–${range.to}`;
}

/** Some range is 24 hours long on all seven days. */
function coversEveryMinute(ranges: TimeRange[]): boolean {
  return ranges.some((range) => new Set(range.days).size === 7 && isWholeDay(range));
}

/** Russian text in Moscow time: "круглосуточно", "пн–пт 09:00–18:00; сб 10:00–16:00". */
export function formatSchedule(schedule: Schedule): string {
  if (schedule.type === "always" || coversEveryMinute(schedule.ranges)) return "круглосуточно";
  return schedule.ranges.map(formatRange).join("; ");
}

// ---------------------------------------------------------------------------
// Visitor's zone

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
  /** "пн–пт 16:00–05:00 следующего дня по вашему времени". */
  text: string;
}

export interface ZonedSchedule {
  /** The visitor's offset differs from Moscow's at the reference instant. */
  differs: boolean;
  /** Empty for an always-open schedule. */
  ranges: ZonedRange[];
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

function convertRange(range: TimeRange, visitorZone: Zone, moscowMidnight: number): ZonedRange {
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
  const note = crossesMidnight ? " следующего дня" : "";
  const text = `${formatDays(days)} ${from}–${to}${note} по вашему времени`;
  return { range, days, from, to, dayShift, crossesMidnight, text };
}

/**
 * The schedule's ranges converted to the visitor's zone as of the Moscow date
 * of `referenceInstant` (so DST in the visitor's zone is taken into account).
 */
export function describeScheduleInZone(schedule: Schedule, visitorZone: Zone, referenceInstant: Date): ZonedSchedule {
  const differs = visitorDiffers(visitorZone, referenceInstant);
  if (schedule.type === "always" || coversEveryMinute(schedule.ranges)) {
    return { differs, ranges: [], text: "круглосуточно" };
  }
  const moscowMidnight = dayNumber(wallTimeMs(referenceInstant, MOSCOW_TIME_ZONE)) * DAY_MS;
  const ranges = schedule.ranges.map((range) => convertRange(range, visitorZone, moscowMidnight));
  return { differs, ranges, text: ranges.map((range) => range.text).join("; ") };
}
