import type { Staffing } from "./schema";
import {
  MOSCOW_TIME_ZONE,
  describeScheduleInZone,
  formatInZone,
  openState,
  visitorDiffers,
  type Shifts,
} from "./hours";

const whoNow: Record<Staffing["who"], { open: string; closed: string }> = {
  bot: { open: "бот отвечает", closed: "бот не отвечает" },
  operators: { open: "операторы на связи", closed: "операторов нет" },
  service: { open: "линия работает", closed: "линия не работает" },
};

export type OpenNowLine = { who: Staffing["who"]; open: boolean; text: string };

export type OpenNowView = {
  liveNow: boolean;
  botOnly: boolean;
  lines: OpenNowLine[];
  /** The hours in the visitor's zone, when it differs from Moscow. */
  visitorHours: string | null;
};

function whenText(next: Date | null, open: boolean, visitorZone: string): string {
  if (next === null) return "";
  const msk = formatInZone(next, MOSCOW_TIME_ZONE);
  const local = visitorDiffers(visitorZone, next) ? ` (${formatInZone(next, visitorZone)} по вашему времени)` : "";
  return open ? `, до ${msk} МСК${local}` : `, с ${msk} МСК${local}`;
}

/** Russian "open now" lines for a channel's hours at an instant, in Moscow and the visitor's zone. */
export function openNowView(hours: Shifts, now: Date, visitorZone: string): OpenNowView {
  const state = openState(hours, now);
  const lines = state.staffing.map((s) => ({
    who: s.who,
    open: s.open,
    text: `${s.open ? whoNow[s.who].open : whoNow[s.who].closed}${whenText(s.nextChange, s.open, visitorZone)}`,
  }));
  const differs = visitorDiffers(visitorZone, now);
  const visitorHours = differs
    ? hours.staffing
        .filter((s) => s.schedule.type === "weekly")
        .map((s) => describeScheduleInZone(s.schedule, visitorZone, now).text)
        .join("; ") || null
    : null;
  return { liveNow: state.summary.liveNow, botOnly: state.summary.botOnly, lines, visitorHours };
}
