import type { Staffing } from "./schema";
import {
  type Zone,
  MOSCOW_TIME_ZONE,
  describeScheduleInZone,
  formatInZone,
  openState,
  visitorDiffers,
  type Duty,
  type Shifts,
  type StaffingState,
} from "./hours";

const whoNow: Record<Staffing["who"], Record<Duty, string>> = {
  bot: { open: "бот отвечает", closed: "бот не отвечает", uncertain: "бот — источники расходятся" },
  operators: { open: "операторы на связи", closed: "операторов нет", uncertain: "операторы — источники расходятся" },
  service: { open: "линия работает", closed: "линия не работает", uncertain: "линия — источники расходятся" },
};

export type OpenNowLine = { who: Staffing["who"]; duty: Duty; text: string };

/** "live": people answer by every source; "uncertain": sources disagree whether they do now. */
type OpenNowHeadline = "live" | "uncertain" | "bot" | "closed";

export type OpenNowView = {
  headline: OpenNowHeadline;
  /** The bot answers now (said next to an uncertain headline: what is certain). */
  botOpen: boolean;
  lines: OpenNowLine[];
  /** The hours in the visitor's zone, when it differs from Moscow. */
  visitorHours: string | null;
};

function localText(next: Date, visitorZone: Zone): string {
  return visitorDiffers(visitorZone, next) ? ` (${formatInZone(next, visitorZone)} по вашему времени)` : "";
}

function whenText(s: StaffingState, visitorZone: Zone): string {
  if (s.schedule.type === "always") return " круглосуточно";
  if (s.nextChange === null) return "";
  const msk = formatInZone(s.nextChange, MOSCOW_TIME_ZONE);
  return `${s.open ? ", до" : ", с"} ${msk} МСК${localText(s.nextChange, visitorZone)}`;
}

/** One source's answer for now, with who gives it: "по одной статье — нет, с 09:00 МСК". */
function entryText(s: StaffingState, visitorZone: Zone): string {
  let when: string;
  if (s.schedule.type === "always") when = "круглосуточно";
  else if (s.nextChange === null) when = s.open ? "на связи" : "нет";
  else {
    const msk = `${formatInZone(s.nextChange, MOSCOW_TIME_ZONE)} МСК${localText(s.nextChange, visitorZone)}`;
    when = s.open ? `до ${msk}` : `нет, с ${msk}`;
  }
  return s.by ? `${s.by} — ${when}` : when;
}

function line(who: Staffing["who"], duty: Duty, entries: StaffingState[], visitorZone: Zone): OpenNowLine {
  const [only] = entries;
  if (entries.length === 1 && only) return { who, duty, text: `${whoNow[who][duty]}${whenText(only, visitorZone)}` };
  return { who, duty, text: `${whoNow[who][duty]}: ${entries.map((e) => entryText(e, visitorZone)).join(", ")}` };
}

function headlineOf(summary: ReturnType<typeof openState>["summary"]): OpenNowHeadline {
  if (summary.liveNow) return "live";
  if (summary.uncertain) return "uncertain";
  return summary.botOnly ? "bot" : "closed";
}

/**
 * Russian "open now" lines for a channel's hours at an instant, in Moscow and the visitor's zone. When
 * sources give different schedules for the same staff, the line shows each with who states it.
 */
export function openNowView(hours: Shifts, now: Date, visitorZone: Zone): OpenNowView {
  const state = openState(hours, now);
  const lines = [...state.duty].map(([who, duty]) =>
    line(
      who,
      duty,
      state.staffing.filter((s) => s.who === who),
      visitorZone,
    ),
  );
  const differs = visitorDiffers(visitorZone, now);
  const visitorHours = differs
    ? hours.staffing
        .filter((s) => s.schedule.type === "weekly")
        .map((s) => describeScheduleInZone(s.schedule, visitorZone, now).text)
        .join("; ") || null
    : null;
  return { headline: headlineOf(state.summary), botOpen: state.duty.get("bot") === "open", lines, visitorHours };
}
