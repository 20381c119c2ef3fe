import type { Staffing } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { openState, type Duty, type Shifts, type StaffingState } from "./open-state";
import { describeScheduleInZone } from "./visitor";
import { type Zone, MOSCOW_TIME_ZONE, formatInZone, visitorDiffers } from "./zone";

/**
 * The box's words in each language, as plain tables: this module runs in the browser, and English pages
 * must not pull in a formatting library for a dozen phrases.
 */
type Words = {
  who: Record<Staffing["who"], Record<Duty, string>>;
  /** Said of a schedule that is always open. */
  always: string;
  /** One source's answer when its schedule never changes: on duty, or not. */
  onDuty: string;
  offDuty: string;
  /** Before the time of the next change: closing, then opening. */
  until: string;
  opensAt: string;
  moscow: (clock: string) => string;
  visitor: (clock: string) => string;
  /** The line of the hours in the visitor's zone, from the schedules' texts. */
  visitorHours: (schedules: string) => string;
};

const WORDS: Readonly<Record<Locale, Words>> = {
  ru: {
    who: {
      bot: { open: "бот отвечает", closed: "бот не отвечает", uncertain: "бот — источники расходятся" },
      operators: {
        open: "операторы на связи",
        closed: "операторов нет",
        uncertain: "операторы — источники расходятся",
      },
      service: { open: "линия работает", closed: "линия не работает", uncertain: "линия — источники расходятся" },
    },
    always: "круглосуточно",
    onDuty: "на связи",
    offDuty: "нет",
    until: "до",
    opensAt: "с",
    moscow: (clock) => `${clock} МСК`,
    visitor: (clock) => `${clock} по вашему времени`,
    visitorHours: (schedules) => schedules,
  },
  en: {
    who: {
      bot: { open: "bot answers", closed: "bot not answering", uncertain: "bot — sources disagree" },
      operators: { open: "operators on duty", closed: "no operators", uncertain: "operators — sources disagree" },
      service: { open: "line open", closed: "line closed", uncertain: "line — sources disagree" },
    },
    always: "24/7",
    onDuty: "on duty",
    offDuty: "no",
    until: "until",
    opensAt: "opens at",
    moscow: (clock) => `${clock} Moscow time`,
    visitor: (clock) => `${clock} in your time zone`,
    // English schedule texts leave the zone out, so the line names it once, before them all.
    visitorHours: (schedules) => `in your time zone: ${schedules}`,
  },
};

/** A disagreement is worded in full in the box and shorter in a search result's line. */
type Headlines = Record<"live" | "bot" | "closed", string> &
  Record<"uncertain" | "botUncertain", Record<"box" | "line", string>>;

const HEADLINES: Readonly<Record<Locale, Headlines>> = {
  ru: {
    live: "● Сейчас открыто",
    bot: "◐ Сейчас только бот",
    closed: "○ Сейчас закрыто",
    uncertain: { box: "◐ Открыто ли сейчас, источники расходятся", line: "◐ Источники расходятся" },
    botUncertain: {
      box: "◐ Бот отвечает; есть ли сейчас операторы, источники расходятся",
      line: "◐ Бот отвечает; об операторах источники расходятся",
    },
  },
  en: {
    live: "● Open now",
    bot: "◐ Only the bot now",
    closed: "○ Closed now",
    uncertain: { box: "◐ Whether it is open now, sources disagree", line: "◐ Sources disagree" },
    botUncertain: {
      box: "◐ Bot answers; whether operators are on duty now, sources disagree",
      line: "◐ Bot answers; on operators, sources disagree",
    },
  },
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
 * The zone and language the texts are written for. `elsewhere` writes them as for a visitor outside
 * Moscow (times in Moscow's clock both times): the longest the texts get, which is what the box reserves
 * room for.
 */
type Reader = { zone: Zone; elsewhere?: boolean; locale: Locale };

function differs(reader: Reader, instant: Date): boolean {
  return reader.elsewhere === true || visitorDiffers(reader.zone, instant);
}

/** The next change's time in Moscow, and in the visitor's zone when it differs: "09:00 МСК (10:00 …)". */
function changeText(next: Date, reader: Reader): string {
  const words = WORDS[reader.locale];
  const local = differs(reader, next) ? ` (${words.visitor(formatInZone(next, reader.zone))})` : "";
  return `${words.moscow(formatInZone(next, MOSCOW_TIME_ZONE))}${local}`;
}

function whenText(s: StaffingState, reader: Reader): string {
  const words = WORDS[reader.locale];
  if (s.schedule.type === "always") return ` ${words.always}`;
  if (s.nextChange === null) return "";
  return `, ${s.open ? words.until : words.opensAt} ${changeText(s.nextChange, reader)}`;
}

/** One source's answer for now, with who gives it: "по одной статье — нет, с 09:00 МСК". */
function entryText(s: StaffingState, reader: Reader): string {
  const words = WORDS[reader.locale];
  let when: string;
  if (s.schedule.type === "always") when = words.always;
  else if (s.nextChange === null) when = s.open ? words.onDuty : words.offDuty;
  else if (s.open) when = `${words.until} ${changeText(s.nextChange, reader)}`;
  else when = `${words.offDuty}, ${words.opensAt} ${changeText(s.nextChange, reader)}`;
  return s.by ? `${s.by} — ${when}` : when;
}

function line(who: Staffing["who"], duty: Duty, entries: StaffingState[], reader: Reader): OpenNowLine {
  const label = WORDS[reader.locale].who[who][duty];
  const [only] = entries;
  if (entries.length === 1 && only) return { who, duty, text: `${label}${whenText(only, reader)}` };
  return { who, duty, text: `${label}: ${entries.map((e) => entryText(e, reader)).join(", ")}` };
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
  const schedules = differs(reader, now)
    ? hours.staffing
        .filter((s) => s.schedule.type === "weekly")
        .map((s) => describeScheduleInZone(s.schedule, reader.zone, now, reader.locale).text)
        .join("; ")
    : "";
  const visitorHours = schedules ? WORDS[reader.locale].visitorHours(schedules) : null;
  return { headline: headlineOf(state.summary), botOpen: state.duty.get("bot") === "open", lines, visitorHours };
}

/**
 * "Open now" lines for a channel's hours at an instant, in Moscow and the visitor's zone. When sources
 * give different schedules for the same staff, the line shows each with who states it. `by` in `hours`
 * is already in words, so the caller gives it in the same language as `locale`.
 */
export function openNowView(hours: Shifts, now: Date, visitorZone: Zone, locale: Locale = "ru"): OpenNowView {
  return view(hours, now, { zone: visitorZone, locale });
}

/**
 * The open-now headline, the one wording of it, saying only what the sources agree on: `box` on channel
 * and topic pages, `line` for a search result's single line, which says the same about a disagreement in
 * fewer words.
 */
export function headlineText(
  open: Pick<OpenNowView, "headline" | "botOpen">,
  form: "box" | "line" = "box",
  locale: Locale = "ru",
): string {
  const headlines = HEADLINES[locale];
  switch (open.headline) {
    case "live":
    case "bot":
    case "closed":
      return headlines[open.headline];
    case "uncertain":
      return (open.botOpen ? headlines.botUncertain : headlines.uncertain)[form];
  }
}

/** The texts of the box at their longest: room for them is kept before the clock is known. */
export type OpenNowReserve = { headline: string; lines: string[]; visitorHours: string | null };

const longest = (a: string, b: string) => (b.length > a.length ? b : a);

/**
 * The longest each text of the box gets over one week (every half hour, for a visitor outside Moscow),
 * line by line. A fixed week, not this one, so the server and every browser compute the same. The
 * reserve is only as long as the texts it is made for: `locale` is the one the box will show.
 */
export function reserveFor(hours: Shifts, locale: Locale = "ru"): OpenNowReserve {
  const WEEK_START = Date.parse("2026-11-23T00:00:00+03:00");
  const reserve: OpenNowReserve = { headline: "", lines: [], visitorHours: null };
  for (let step = 0; step < 7 * 48; step++) {
    const sample = view(hours, new Date(WEEK_START + step * 30 * 60_000), {
      zone: MOSCOW_TIME_ZONE,
      elsewhere: true,
      locale,
    });
    reserve.headline = longest(reserve.headline, headlineText(sample, "box", locale));
    sample.lines.forEach((l, i) => (reserve.lines[i] = longest(reserve.lines[i] ?? "", l.text)));
    if (sample.visitorHours) reserve.visitorHours = longest(reserve.visitorHours ?? "", sample.visitorHours);
  }
  return reserve;
}
