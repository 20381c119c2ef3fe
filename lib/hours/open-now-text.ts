import type { Staffing } from "../dataset/schema";
import { openState, type Duty, type Shifts, type StaffingState } from "./open-state";
import { describeScheduleInZone } from "./visitor";
import { type Zone, MOSCOW_TIME_ZONE, formatInZone, visitorDiffers } from "./zone";

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

/**
 * The zone the texts are written for. `elsewhere` writes them as for a visitor outside Moscow (times in
 * Moscow's clock both times): the longest the texts get, which is what the box reserves room for.
 */
type Reader = { zone: Zone; elsewhere?: boolean };

function differs(reader: Reader, instant: Date): boolean {
  return reader.elsewhere === true || visitorDiffers(reader.zone, instant);
}

function localText(next: Date, reader: Reader): string {
  return differs(reader, next) ? ` (${formatInZone(next, reader.zone)} по вашему времени)` : "";
}

function whenText(s: StaffingState, visitorZone: Reader): string {
  if (s.schedule.type === "always") return " круглосуточно";
  if (s.nextChange === null) return "";
  const msk = formatInZone(s.nextChange, MOSCOW_TIME_ZONE);
  return `${s.open ? ", до" : ", с"} ${msk} МСК${localText(s.nextChange, visitorZone)}`;
}

/** One source's answer for now, with who gives it: "по одной статье — нет, с 09:00 МСК". */
function entryText(s: StaffingState, visitorZone: Reader): string {
  let when: string;
  if (s.schedule.type === "always") when = "круглосуточно";
  else if (s.nextChange === null) when = s.open ? "на связи" : "нет";
  else {
    const msk = `${formatInZone(s.nextChange, MOSCOW_TIME_ZONE)} МСК${localText(s.nextChange, visitorZone)}`;
    when = s.open ? `до ${msk}` : `нет, с ${msk}`;
  }
  return s.by ? `${s.by} — ${when}` : when;
}

function line(who: Staffing["who"], duty: Duty, entries: StaffingState[], visitorZone: Reader): OpenNowLine {
  const [only] = entries;
  if (entries.length === 1 && only) return { who, duty, text: `${whoNow[who][duty]}${whenText(only, visitorZone)}` };
  return { who, duty, text: `${whoNow[who][duty]}: ${entries.map((e) => entryText(e, visitorZone)).join(", ")}` };
}

function headlineOf(summary: ReturnType<typeof openState>["summary"]): OpenNowHeadline {
  if (summary.liveNow) return "live";
  if (summary.uncertain) return "uncertain";
  return summary.botOnly ? "bot" : "closed";
}

function view(hours: Shifts, now: Date, reader: Reader): OpenNowView {
  const state = openState(hours, now);
  const lines = [...state.duty].map(([who, duty]) =>
    line(
      who,
      duty,
      state.staffing.filter((s) => s.who === who),
      reader,
    ),
  );
  const visitorHours = differs(reader, now)
    ? hours.staffing
        .filter((s) => s.schedule.type === "weekly")
        .map((s) => describeScheduleInZone(s.schedule, reader.zone, now).text)
        .join("; ") || null
    : null;
  return { headline: headlineOf(state.summary), botOpen: state.duty.get("bot") === "open", lines, visitorHours };
}

/**
 * Russian "open now" lines for a channel's hours at an instant, in Moscow and the visitor's zone. When
 * sources give different schedules for the same staff, the line shows each with who states it.
 */
export function openNowView(hours: Shifts, now: Date, visitorZone: Zone): OpenNowView {
  return view(hours, now, { zone: visitorZone });
}

/** The box's headline: says only what the sources agree on. */
/**
 * The open-now headline, the one wording of it: `box` on channel and topic pages, `line` for a search
 * result's single line, which says the same about a disagreement in fewer words.
 */
export function headlineText(open: Pick<OpenNowView, "headline" | "botOpen">, form: "box" | "line" = "box"): string {
  switch (open.headline) {
    case "live":
      return "● Сейчас открыто";
    case "uncertain":
      if (form === "line")
        return open.botOpen ? "◐ Бот отвечает; об операторах источники расходятся" : "◐ Источники расходятся";
      return open.botOpen
        ? "◐ Бот отвечает; есть ли сейчас операторы, источники расходятся"
        : "◐ Открыто ли сейчас, источники расходятся";
    case "bot":
      return "◐ Сейчас только бот";
    case "closed":
      return "○ Сейчас закрыто";
  }
}

/** The texts of the box at their longest: room for them is kept before the clock is known. */
export type OpenNowReserve = { headline: string; lines: string[]; visitorHours: string | null };

const longest = (a: string, b: string) => (b.length > a.length ? b : a);

/**
 * The longest each text of the box gets over one week (every half hour, for a visitor outside Moscow),
 * line by line. A fixed week, not this one, so the server and every browser compute the same.
 */
export function reserveFor(hours: Shifts): OpenNowReserve {
  const WEEK_START = Date.parse("2026-11-23T00:00:00+03:00");
  const reserve: OpenNowReserve = { headline: "", lines: [], visitorHours: null };
  for (let step = 0; step < 7 * 48; step++) {
    const sample = view(hours, new Date(WEEK_START + step * 30 * 60_000), { zone: MOSCOW_TIME_ZONE, elsewhere: true });
    reserve.headline = longest(reserve.headline, headlineText(sample));
    sample.lines.forEach((l, i) => (reserve.lines[i] = longest(reserve.lines[i] ?? "", l.text)));
    if (sample.visitorHours) reserve.visitorHours = longest(reserve.visitorHours ?? "", sample.visitorHours);
  }
  return reserve;
}
