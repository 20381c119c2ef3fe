import type { Hours, Staffing } from "../dataset/schema";
import { isOpenAt, nextChange } from "./schedule";

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
