import { afterEach, describe, expect, it } from "vitest";
import { formatDays, formatSchedule, WEEKDAY_SHORTS } from "@/lib/hours/format";
import { headlineText, openNowView, reserveFor } from "@/lib/hours/open-now-text";
import type { Shifts } from "@/lib/hours/open-state";
import { describeScheduleInZone } from "@/lib/hours/visitor";
import { formatDate, formatDateNumeric, formatDateRu } from "@/lib/hours/calendar";
import { LOCAL_TIME_ZONE, MOSCOW_TIME_ZONE, WEEKDAY_SHORT } from "@/lib/hours/zone";
import type { Schedule, TimeRange } from "@/lib/dataset/schema";

const initialZone = process.env.TZ;
afterEach(() => {
  if (initialZone === undefined) delete process.env.TZ;
  else process.env.TZ = initialZone;
});

/** A visitor in the named zone: the site reads the visitor's zone through Date, so the process's TZ is set. */
function visitorIn(zone: string): typeof LOCAL_TIME_ZONE {
  process.env.TZ = zone;
  return LOCAL_TIME_ZONE;
}

const weekly = (...ranges: TimeRange[]): Schedule => ({ type: "weekly", ranges });
const shifts = (...staffing: Shifts["staffing"]): Shifts => ({ staffing });
const WORKDAYS: TimeRange["days"] = ["mon", "tue", "wed", "thu", "fri"];
const always: Schedule = { type: "always" };
const office = weekly({ days: WORKDAYS, from: "09:00", to: "21:00" });
const daily = weekly({ days: [...WORKDAYS, "sat", "sun"], from: "10:00", to: "23:00" });

// Wednesday 2026-11-25 in Moscow: 08:00 (before opening), 12:00 (open) and 22:00 (closed for the night).
const morning = new Date("2026-11-25T08:00:00+03:00");
const noon = new Date("2026-11-25T12:00:00+03:00");
const night = new Date("2026-11-25T22:00:00+03:00");

describe("English schedules", () => {
  it("says 24/7 for a schedule that never closes", () => {
    expect(formatSchedule(always, "en")).toBe("24/7");
    expect(formatSchedule(weekly({ days: [...WORKDAYS, "sat", "sun"], from: "00:00", to: "24:00" }), "en")).toBe(
      "24/7",
    );
    expect(formatSchedule(weekly({ days: ["sat", "sun"], from: "00:00", to: "00:00" }), "en")).toBe(
      "Sat, Sun 24 hours",
    );
  });

  it("writes weekly schedules with English weekdays and the 24-hour clock", () => {
    expect(formatSchedule(office, "en")).toBe("Mon–Fri 09:00–21:00");
    expect(formatSchedule(daily, "en")).toBe("daily 10:00–23:00");
    expect(
      formatSchedule(
        weekly({ days: WORKDAYS, from: "09:00", to: "18:00" }, { days: ["sat"], from: "10:00", to: "16:00" }),
        "en",
      ),
    ).toBe("Mon–Fri 09:00–18:00; Sat 10:00–16:00");
    expect(formatSchedule(weekly({ days: ["mon"], from: "22:00", to: "09:00" }), "en")).toBe("Mon 22:00–09:00");
  });

  it("groups days as the Russian does", () => {
    expect(formatDays(["fri", "mon", "wed"], "en")).toBe("Mon, Wed, Fri");
    expect(formatDays(["mon", "tue", "wed", "fri", "sat"], "en")).toBe("Mon–Wed, Fri, Sat");
    expect(formatDays(["fri", "sat", "sun", "mon"], "en")).toBe("Fri–Mon");
  });

  it("keeps the Russian table and the Russian default", () => {
    expect(WEEKDAY_SHORTS.ru).toBe(WEEKDAY_SHORT);
    expect(Object.values(WEEKDAY_SHORTS.en)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(formatSchedule(office)).toBe("пн–пт 09:00–21:00");
  });
});

describe("English open-now box", () => {
  const desk = shifts({ who: "bot", schedule: always, by: "" }, { who: "operators", schedule: office, by: "" });

  it("is open now, until the evening", () => {
    const view = openNowView(desk, noon, MOSCOW_TIME_ZONE, "en");
    expect([headlineText(view, "box", "en"), headlineText(view, "line", "en")]).toEqual(["● Open now", "● Open now"]);
    expect(view.lines.map((l) => l.text)).toEqual(["bot answers 24/7", "operators on duty, until 21:00 Moscow time"]);
    expect(view.visitorHours).toBeNull();
  });

  it("is closed now and says when it opens", () => {
    const closed = openNowView(shifts({ who: "service", schedule: office, by: "" }), night, MOSCOW_TIME_ZONE, "en");
    expect(headlineText(closed, "box", "en")).toBe("○ Closed now");
    expect(closed.lines.map((l) => l.text)).toEqual(["line closed, opens at 09:00 Moscow time"]);
  });

  it("opens later today: only the bot until then", () => {
    const view = openNowView(desk, morning, MOSCOW_TIME_ZONE, "en");
    expect(headlineText(view, "box", "en")).toBe("◐ Only the bot now");
    expect(view.lines.map((l) => l.text)).toEqual(["bot answers 24/7", "no operators, opens at 09:00 Moscow time"]);
  });

  it("says the sources disagree, each with who states it", () => {
    const split = shifts(
      { who: "bot", schedule: always, by: "" },
      { who: "operators", schedule: office, by: "per the official page" },
      { who: "operators", schedule: daily, by: "per one article" },
    );
    const view = openNowView(split, night, MOSCOW_TIME_ZONE, "en");
    expect(view.headline).toBe("uncertain");
    expect(headlineText(view, "box", "en")).toBe("◐ Bot answers; whether operators are on duty now, sources disagree");
    expect(headlineText(view, "line", "en")).toBe("◐ Bot answers; on operators, sources disagree");
    expect(view.lines[1]?.text).toBe(
      "operators — sources disagree: per the official page — no, opens at 09:00 Moscow time, " +
        "per one article — until 23:00 Moscow time",
    );
    const noBot = openNowView(shifts(...split.staffing.slice(1)), night, MOSCOW_TIME_ZONE, "en");
    expect([headlineText(noBot, "box", "en"), headlineText(noBot, "line", "en")]).toEqual([
      "◐ Whether it is open now, sources disagree",
      "◐ Sources disagree",
    ]);
  });

  it("adds the visitor's own clock and a line of the hours in their zone", () => {
    const view = openNowView(desk, noon, visitorIn("Europe/Berlin"), "en");
    expect(view.lines[1]?.text).toBe("operators on duty, until 21:00 Moscow time (19:00 in your time zone)");
    expect(view.visitorHours).toBe("in your time zone: Mon–Fri 07:00–19:00");
    const both = openNowView(
      shifts({ who: "operators", schedule: office, by: "" }, { who: "service", schedule: daily, by: "" }),
      noon,
      LOCAL_TIME_ZONE,
      "en",
    );
    expect(both.visitorHours).toBe("in your time zone: Mon–Fri 07:00–19:00; daily 08:00–21:00");
  });

  it("reserves room for the English texts, not the Russian ones", () => {
    const reserve = reserveFor(desk, "en");
    expect(reserve.headline).toBe("◐ Only the bot now");
    expect(reserve.lines).toEqual([
      "bot answers 24/7",
      "operators on duty, until 21:00 Moscow time (21:00 in your time zone)",
    ]);
    expect(reserve.visitorHours).toBe("in your time zone: Mon–Fri 09:00–21:00");
    expect(reserveFor(desk).headline).toBe("◐ Сейчас только бот");
    for (let hour = 0; hour < 7 * 24; hour++) {
      const view = openNowView(desk, new Date(noon.getTime() + hour * 3_600_000), visitorIn("Asia/Kolkata"), "en");
      expect(headlineText(view, "box", "en").length).toBeLessThanOrEqual(reserve.headline.length);
      view.lines.forEach((l, i) => expect(l.text.length).toBeLessThanOrEqual(reserve.lines[i]?.length ?? 0));
      expect(view.visitorHours?.length ?? 0).toBeLessThanOrEqual(reserve.visitorHours?.length ?? 0);
    }
  });
});

describe("English hours in the visitor's zone", () => {
  const summer = new Date("2025-07-09T12:00:00+03:00");

  it("converts the ranges and names the next day, leaving the zone to the line", () => {
    const zoned = describeScheduleInZone(daily, visitorIn("Asia/Vladivostok"), summer, "en");
    expect(zoned.ranges[0]).toMatchObject({ from: "17:00", to: "06:00", crossesMidnight: true });
    expect(zoned.text).toBe("daily 17:00–06:00 next day");
    expect(describeScheduleInZone(office, visitorIn("America/New_York"), summer, "en").text).toBe(
      "Mon–Fri 02:00–14:00",
    );
    expect(describeScheduleInZone(always, LOCAL_TIME_ZONE, summer, "en").text).toBe("24/7");
  });
});

describe("English dates", () => {
  it("writes a date in a sentence with the month's name", () => {
    expect(formatDate("2026-11-21", "en")).toBe("21 November 2026");
    expect(formatDate("2026-01-05", "en")).toBe("5 January 2026");
    expect(formatDate("2026-11-21")).toBe(formatDateRu("2026-11-21"));
  });

  it("keeps a date to copy in the one order read the same everywhere", () => {
    expect(formatDateNumeric("2026-11-24", "en")).toBe("2026-11-24");
    expect(formatDateNumeric("2026-11-24")).toBe("24.11.2026");
  });
});
