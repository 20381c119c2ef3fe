import type { Schedule, TimeRange, Weekday } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { coversEveryMinute, isWholeDay } from "./schedule";
import { WEEKDAYS, WEEKDAY_SHORT } from "./zone";

/** Weekday abbreviations in each language; the Russian ones are zone.ts's `WEEKDAY_SHORT`. */
export const WEEKDAY_SHORTS: Readonly<Record<Locale, Readonly<Record<Weekday, string>>>> = {
  ru: WEEKDAY_SHORT,
  en: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" },
};

/** The words of a schedule: every day of the week, and a range or schedule that never closes. */
const WORDS: Readonly<Record<Locale, { daily: string; wholeDay: string; always: string }>> = {
  ru: { daily: "ежедневно", wholeDay: "круглосуточно", always: "круглосуточно" },
  en: { daily: "daily", wholeDay: "24 hours", always: "24/7" },
};

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

function dayLabel(index: number, locale: Locale): string {
  const day = WEEKDAYS[index];
  return day ? WEEKDAY_SHORTS[locale][day] : "";
}

/** "ежедневно", "пн–пт", "сб, вс", "пн, ср, пт", "пт–пн"; in English "daily", "Mon–Fri", "Sat, Sun". */
export function formatDays(days: Weekday[], locale: Locale = "ru"): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day));
  if (new Set(indexes).size === 7) return WORDS[locale].daily;
  return dayRuns(indexes)
    .map((run) => {
      const first = run[0] ?? 0;
      const last = run[run.length - 1] ?? first;
      if (run.length === 1) return dayLabel(first, locale);
      if (run.length === 2) return `${dayLabel(first, locale)}, ${dayLabel(last, locale)}`;
      return `${dayLabel(first, locale)}–${dayLabel(last, locale)}`;
    })
    .join(", ");
}

function formatRange(range: TimeRange, locale: Locale): string {
  const days = formatDays(range.days, locale);
  if (isWholeDay(range)) return `${days} ${WORDS[locale].wholeDay}`;
  return `${days} ${range.from}–${range.to}`;
}

/**
 * A schedule in Moscow time: "круглосуточно", "пн–пт 09:00–18:00; сб 10:00–16:00"; in English "24/7",
 * "Mon–Fri 09:00–18:00; Sat 10:00–16:00".
 */
export function formatSchedule(schedule: Schedule, locale: Locale = "ru"): string {
  if (schedule.type === "always" || coversEveryMinute(schedule.ranges)) return WORDS[locale].always;
  return schedule.ranges.map((range) => formatRange(range, locale)).join("; ");
}
