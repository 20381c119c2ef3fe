import type { Schedule, TimeRange, Weekday } from "../dataset/schema";
import { coversEveryMinute, isWholeDay } from "./schedule";
import { WEEKDAYS, WEEKDAY_SHORT } from "./zone";

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

/** Russian text in Moscow time: "круглосуточно", "пн–пт 09:00–18:00; сб 10:00–16:00". */
export function formatSchedule(schedule: Schedule): string {
  if (schedule.type === "always" || coversEveryMinute(schedule.ranges)) return "круглосуточно";
  return schedule.ranges.map(formatRange).join("; ");
}
