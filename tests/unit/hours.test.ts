import { afterEach, describe, expect, it } from "vitest";
import { formatDays, formatSchedule } from "@/lib/hours/format";
import { openState, shiftsOf } from "@/lib/hours/open-state";
import { isOpenAt, nextChange } from "@/lib/hours/schedule";
import { describeScheduleInZone } from "@/lib/hours/visitor";
import {
  formatInZone,
  LOCAL_TIME_ZONE,
  MOSCOW_TIME_ZONE,
  visitorDiffers,
  wallTimeMs,
  zoneOffsetMinutes,
} from "@/lib/hours/zone";
import type { Hours, Schedule, TimeRange } from "@/lib/dataset/schema";

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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The tz database's wall time for a named zone, through Intl: the reference the site's code is held to. */
function intlWallTimeMs(instant: Date, timeZone: string): number {
  const formatter =
    formatters.get(timeZone) ??
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  formatters.set(timeZone, formatter);
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour") % 24,
    part("minute"),
    part("second"),
  );
  return wall + instant.getUTCMilliseconds();
}

// 2025-07-07 is a Monday; 2025-01-13 is a Monday.
const at = (iso: string): Date => new Date(iso);

const weekly = (...ranges: TimeRange[]): Schedule => ({ type: "weekly", ranges });
const ALL_DAYS: TimeRange["days"] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WORKDAYS: TimeRange["days"] = ["mon", "tue", "wed", "thu", "fri"];

const always: Schedule = { type: "always" };
const daily9to22 = weekly({ days: ALL_DAYS, from: "09:00", to: "22:00" });
const workdays9to18 = weekly({ days: WORKDAYS, from: "09:00", to: "18:00" });
const mondayNight = weekly({ days: ["mon"], from: "22:00", to: "09:00" });

describe("isOpenAt", () => {
  it("is always open for an always schedule", () => {
    expect(isOpenAt(always, at("2025-07-07T03:00:00+03:00"))).toBe(true);
    expect(isOpenAt(always, at("2025-12-31T23:59:59+03:00"))).toBe(true);
  });

  it("opens at 09:00 and closes at 22:00 Moscow time", () => {
    expect(isOpenAt(daily9to22, at("2025-07-09T08:59:00+03:00"))).toBe(false);
    expect(isOpenAt(daily9to22, at("2025-07-09T09:00:00+03:00"))).toBe(true);
    expect(isOpenAt(daily9to22, at("2025-07-09T21:59:00+03:00"))).toBe(true);
    expect(isOpenAt(daily9to22, at("2025-07-09T21:59:59.999+03:00"))).toBe(true);
    expect(isOpenAt(daily9to22, at("2025-07-09T22:00:00+03:00"))).toBe(false);
  });

  it("reads the instant in Moscow whatever offset it was written with", () => {
    expect(isOpenAt(daily9to22, at("2025-07-09T06:00:00Z"))).toBe(true);
    expect(isOpenAt(daily9to22, at("2025-07-09T05:59:00Z"))).toBe(false);
    expect(isOpenAt(daily9to22, at("2025-07-09T14:30:00-04:00"))).toBe(true); // 21:30 MSK
    expect(isOpenAt(daily9to22, at("2025-07-09T15:30:00-04:00"))).toBe(false); // 22:30 MSK
  });

  it("runs a 22:00–09:00 range from its start day into the next morning", () => {
    expect(isOpenAt(mondayNight, at("2025-07-07T21:59:00+03:00"))).toBe(false);
    expect(isOpenAt(mondayNight, at("2025-07-07T22:00:00+03:00"))).toBe(true);
    expect(isOpenAt(mondayNight, at("2025-07-07T23:30:00+03:00"))).toBe(true);
    expect(isOpenAt(mondayNight, at("2025-07-08T00:05:00+03:00"))).toBe(true);
    expect(isOpenAt(mondayNight, at("2025-07-08T08:59:00+03:00"))).toBe(true);
    expect(isOpenAt(mondayNight, at("2025-07-08T09:00:00+03:00"))).toBe(false);
    // Tuesday night is not listed, nor is Sunday night into Monday.
    expect(isOpenAt(mondayNight, at("2025-07-08T23:00:00+03:00"))).toBe(false);
    expect(isOpenAt(mondayNight, at("2025-07-07T01:00:00+03:00"))).toBe(false);
  });

  it("wraps a Sunday night range into Monday", () => {
    const sundayNight = weekly({ days: ["sun"], from: "23:00", to: "02:00" });
    expect(isOpenAt(sundayNight, at("2025-07-13T23:30:00+03:00"))).toBe(true);
    expect(isOpenAt(sundayNight, at("2025-07-14T01:59:00+03:00"))).toBe(true);
    expect(isOpenAt(sundayNight, at("2025-07-14T02:00:00+03:00"))).toBe(false);
  });

  it('treats "24:00" as the end of the day', () => {
    const evening = weekly({ days: ["mon"], from: "18:00", to: "24:00" });
    expect(isOpenAt(evening, at("2025-07-07T23:59:00+03:00"))).toBe(true);
    expect(isOpenAt(evening, at("2025-07-08T00:00:00+03:00"))).toBe(false);
    expect(isOpenAt(evening, at("2025-07-07T17:59:00+03:00"))).toBe(false);
  });

  it("treats from === to as the whole 24 hours", () => {
    const fullDay = weekly({ days: ["mon"], from: "09:00", to: "09:00" });
    expect(isOpenAt(fullDay, at("2025-07-07T08:59:00+03:00"))).toBe(false);
    expect(isOpenAt(fullDay, at("2025-07-07T09:00:00+03:00"))).toBe(true);
    expect(isOpenAt(fullDay, at("2025-07-08T08:59:00+03:00"))).toBe(true);
    expect(isOpenAt(fullDay, at("2025-07-08T09:00:00+03:00"))).toBe(false);
  });

  it("keeps weekday-only ranges closed on Saturday", () => {
    expect(isOpenAt(workdays9to18, at("2025-07-12T12:00:00+03:00"))).toBe(false);
    expect(isOpenAt(workdays9to18, at("2025-07-11T12:00:00+03:00"))).toBe(true);
  });
});

describe("nextChange", () => {
  it("is null for always and for ranges covering every minute", () => {
    expect(nextChange(always, at("2025-07-07T12:00:00+03:00"))).toBeNull();
    const allDay = weekly({ days: ALL_DAYS, from: "00:00", to: "24:00" });
    expect(nextChange(allDay, at("2025-07-07T12:00:00+03:00"))).toBeNull();
    expect(isOpenAt(allDay, at("2025-07-13T23:59:59+03:00"))).toBe(true);
  });

  it("finds the closing time later the same day", () => {
    expect(nextChange(daily9to22, at("2025-07-09T12:00:00+03:00"))).toEqual(at("2025-07-09T22:00:00+03:00"));
  });

  it("moves past a boundary it is exactly on", () => {
    expect(nextChange(daily9to22, at("2025-07-09T09:00:00+03:00"))).toEqual(at("2025-07-09T22:00:00+03:00"));
    expect(nextChange(daily9to22, at("2025-07-09T22:00:00+03:00"))).toEqual(at("2025-07-10T09:00:00+03:00"));
  });

  it("crosses midnight", () => {
    expect(nextChange(daily9to22, at("2025-07-09T23:30:00+03:00"))).toEqual(at("2025-07-10T09:00:00+03:00"));
    expect(nextChange(mondayNight, at("2025-07-07T23:00:00+03:00"))).toEqual(at("2025-07-08T09:00:00+03:00"));
  });

  it("crosses a weekend", () => {
    expect(nextChange(workdays9to18, at("2025-07-11T18:30:00+03:00"))).toEqual(at("2025-07-14T09:00:00+03:00"));
    expect(nextChange(workdays9to18, at("2025-07-12T12:00:00+03:00"))).toEqual(at("2025-07-14T09:00:00+03:00"));
  });

  it("waits almost a week for a once-a-week range", () => {
    expect(nextChange(mondayNight, at("2025-07-08T09:00:00+03:00"))).toEqual(at("2025-07-14T22:00:00+03:00"));
  });

  it("merges touching ranges instead of reporting the seam", () => {
    const split = weekly({ days: ["mon"], from: "09:00", to: "14:00" }, { days: ["mon"], from: "14:00", to: "18:00" });
    expect(nextChange(split, at("2025-07-07T10:00:00+03:00"))).toEqual(at("2025-07-07T18:00:00+03:00"));
  });

  it("works from an instant given in another offset", () => {
    expect(nextChange(daily9to22, at("2025-07-09T20:30:00Z"))).toEqual(at("2025-07-10T06:00:00Z"));
  });
});

describe("openState", () => {
  const hours: Hours = {
    timeZone: "Europe/Moscow",
    staffing: [
      { who: "bot", schedule: always, sources: ["article"] },
      { who: "operators", schedule: daily9to22, sources: ["article"], note: "живые операторы" },
    ],
  };

  it("is bot-only late at night", () => {
    const state = openState(hours, at("2025-07-09T23:30:00+03:00"));
    expect(state.summary).toEqual({ liveNow: false, uncertain: false, botOnly: true, anyOpen: true });
    const [bot, operators] = state.staffing;
    expect(bot).toMatchObject({ who: "bot", open: true, nextChange: null });
    expect(operators).toMatchObject({
      who: "operators",
      open: false,
      nextChange: at("2025-07-10T09:00:00+03:00"),
    });
  });

  it("is live at noon", () => {
    const state = openState(hours, at("2025-07-09T12:00:00+03:00"));
    expect(state.summary).toEqual({ liveNow: true, uncertain: false, botOnly: false, anyOpen: true });
    expect(state.staffing[1]).toMatchObject({
      open: true,
      nextChange: at("2025-07-09T22:00:00+03:00"),
    });
  });

  it("keeps, for the browser, only who is on duty, when and by whose word: no notes, and the same answer", () => {
    const shifts = shiftsOf({ ...hours, note: "общая заметка" }, (ids) => `по ${ids.join(", ")}`);
    expect(shifts).toEqual({
      staffing: [
        { who: "bot", schedule: always, by: "по article" },
        { who: "operators", schedule: daily9to22, by: "по article" },
      ],
    });
    const night = at("2025-07-09T23:30:00+03:00");
    expect(openState(shifts, night).summary).toEqual(openState(hours, night).summary);
  });

  it("counts a service as live and reports nothing open when all are closed", () => {
    const service: Hours = {
      timeZone: "Europe/Moscow",
      staffing: [{ who: "service", schedule: workdays9to18, sources: ["article"] }],
    };
    expect(openState(service, at("2025-07-07T10:00:00+03:00")).summary).toEqual({
      liveNow: true,
      uncertain: false,
      botOnly: false,
      anyOpen: true,
    });
    expect(openState(service, at("2025-07-12T10:00:00+03:00")).summary).toEqual({
      liveNow: false,
      uncertain: false,
      botOnly: false,
      anyOpen: false,
    });
  });
});

describe("formatSchedule", () => {
  it("formats the common shapes", () => {
    expect(formatSchedule(always)).toBe("круглосуточно");
    expect(formatSchedule(daily9to22)).toBe("ежедневно 09:00–22:00");
    expect(formatSchedule(workdays9to18)).toBe("пн–пт 09:00–18:00");
    expect(
      formatSchedule(
        weekly({ days: WORKDAYS, from: "09:00", to: "18:00" }, { days: ["sat"], from: "10:00", to: "16:00" }),
      ),
    ).toBe("пн–пт 09:00–18:00; сб 10:00–16:00");
  });

  it("treats 24-hour ranges on every day as round the clock", () => {
    expect(formatSchedule(weekly({ days: ALL_DAYS, from: "00:00", to: "24:00" }))).toBe("круглосуточно");
    expect(formatSchedule(weekly({ days: ["sat", "sun"], from: "00:00", to: "00:00" }))).toBe("сб, вс круглосуточно");
  });

  it("keeps overnight ranges as written", () => {
    expect(formatSchedule(mondayNight)).toBe("пн 22:00–09:00");
  });

  it("groups consecutive days, in week order, wrapping over Sunday", () => {
    expect(formatDays(["fri", "mon", "wed"])).toBe("пн, ср, пт");
    expect(formatDays(["sat", "sun"])).toBe("сб, вс");
    expect(formatDays(["mon", "tue", "wed", "fri", "sat"])).toBe("пн–ср, пт, сб");
    expect(formatDays(["fri", "sat", "sun", "mon"])).toBe("пт–пн");
    expect(formatDays(["sun", "sat", "fri", "thu", "wed", "tue", "mon"])).toBe("ежедневно");
  });
});

describe("visitor's time zone", () => {
  const summer = at("2025-07-09T12:00:00+03:00");
  const winter = at("2025-01-15T12:00:00+03:00");

  it("formats an instant in a zone", () => {
    const nine = at("2025-07-09T09:00:00+03:00");
    expect(formatInZone(nine, "Europe/Moscow")).toBe("09:00");
    expect(formatInZone(nine, visitorIn("Europe/Berlin"))).toBe("08:00");
    expect(formatInZone(nine, visitorIn("UTC"))).toBe("06:00");
    expect(formatInZone(at("2025-07-09T00:05:00+03:00"), "Europe/Moscow")).toBe("00:05");
  });

  it("computes Moscow's offset", () => {
    expect(zoneOffsetMinutes("Europe/Moscow", summer)).toBe(180);
    expect(zoneOffsetMinutes("Europe/Moscow", winter)).toBe(180);
  });

  it("compares offsets, not zone names", () => {
    expect(visitorDiffers("Europe/Moscow", summer)).toBe(false);
    expect(visitorDiffers(visitorIn("Europe/Istanbul"), summer)).toBe(false);
    expect(visitorDiffers(visitorIn("Asia/Yekaterinburg"), summer)).toBe(true);
    expect(visitorDiffers(visitorIn("Europe/Berlin"), winter)).toBe(true);
  });

  it("leaves Moscow times as they are in Moscow", () => {
    const zoned = describeScheduleInZone(daily9to22, "Europe/Moscow", summer);
    expect(zoned.differs).toBe(false);
    expect(zoned.ranges[0]).toMatchObject({ from: "09:00", to: "22:00", dayShift: 0 });
    expect(zoned.text).toBe("ежедневно 09:00–22:00 по вашему времени");
  });

  it("adds two hours for Yekaterinburg, ending at 24:00 without a day shift", () => {
    const zoned = describeScheduleInZone(daily9to22, visitorIn("Asia/Yekaterinburg"), summer);
    expect(zoned.differs).toBe(true);
    expect(zoned.ranges[0]).toMatchObject({
      from: "11:00",
      to: "24:00",
      dayShift: 0,
      crossesMidnight: false,
    });
    expect(zoned.text).toBe("ежедневно 11:00–24:00 по вашему времени");
  });

  it("follows Berlin's DST: two hours behind in January, one in July", () => {
    expect(describeScheduleInZone(daily9to22, visitorIn("Europe/Berlin"), winter).text).toBe(
      "ежедневно 07:00–20:00 по вашему времени",
    );
    expect(describeScheduleInZone(daily9to22, visitorIn("Europe/Berlin"), summer).text).toBe(
      "ежедневно 08:00–21:00 по вашему времени",
    );
  });

  it("uses the reference date on either side of a DST switch", () => {
    // Berlin moved to summer time on 2025-03-30.
    const before = describeScheduleInZone(daily9to22, visitorIn("Europe/Berlin"), at("2025-03-29T12:00:00+03:00"));
    const after = describeScheduleInZone(daily9to22, visitorIn("Europe/Berlin"), at("2025-03-30T12:00:00+03:00"));
    expect(before.ranges[0]).toMatchObject({ from: "07:00", to: "20:00" });
    expect(after.ranges[0]).toMatchObject({ from: "08:00", to: "21:00" });
  });

  it("converts to New York in winter and summer", () => {
    expect(describeScheduleInZone(workdays9to18, visitorIn("America/New_York"), winter).text).toBe(
      "пн–пт 01:00–10:00 по вашему времени",
    );
    expect(describeScheduleInZone(workdays9to18, visitorIn("America/New_York"), summer).text).toBe(
      "пн–пт 02:00–11:00 по вашему времени",
    );
  });

  it("shifts the days back when the start lands on the previous date", () => {
    const early = weekly({ days: ["mon"], from: "02:00", to: "05:00" });
    const zoned = describeScheduleInZone(early, visitorIn("America/New_York"), summer);
    expect(zoned.ranges[0]).toMatchObject({ days: ["sun"], from: "19:00", to: "22:00", dayShift: -1 });
    expect(zoned.text).toBe("вс 19:00–22:00 по вашему времени");
  });

  it("notes the next day when the range crosses midnight in Vladivostok", () => {
    const zoned = describeScheduleInZone(daily9to22, visitorIn("Asia/Vladivostok"), summer);
    expect(zoned.ranges[0]).toMatchObject({
      from: "16:00",
      to: "05:00",
      dayShift: 0,
      crossesMidnight: true,
    });
    expect(zoned.text).toBe("ежедневно 16:00–05:00 следующего дня по вашему времени");
  });

  it("shifts the days forward when the whole range lands on the next date", () => {
    const evening = weekly({ days: WORKDAYS, from: "20:00", to: "23:00" });
    const zoned = describeScheduleInZone(evening, visitorIn("Asia/Vladivostok"), summer);
    expect(zoned.ranges[0]).toMatchObject({
      days: ["tue", "wed", "thu", "fri", "sat"],
      from: "03:00",
      to: "06:00",
      dayShift: 1,
      crossesMidnight: false,
    });
    expect(zoned.text).toBe("вт–сб 03:00–06:00 по вашему времени");
  });

  it("keeps round-the-clock schedules round the clock", () => {
    const zoned = describeScheduleInZone(always, visitorIn("America/New_York"), summer);
    expect(zoned).toEqual({ differs: true, ranges: [], text: "круглосуточно" });
  });
});

/** Every 25 hours (so every hour of the day comes round) from 2015 to 2040, plus instants either side of the usual DST switches. */
function sampleInstants(): Date[] {
  const instants: Date[] = [];
  for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2041, 0, 1); t += 25 * 3_600_000) instants.push(new Date(t));
  for (const iso of [
    "2026-03-08T06:59:59Z",
    "2026-03-08T07:00:00Z",
    "2026-03-29T00:59:59Z",
    "2026-03-29T01:00:00Z",
    "2026-10-25T00:59:59Z",
    "2026-10-25T01:00:00Z",
    "2026-11-01T05:59:59Z",
    "2026-11-01T06:00:00Z",
  ]) {
    instants.push(new Date(iso));
  }
  return instants;
}

describe("wall time without Intl", () => {
  it("Moscow's fixed UTC+3 agrees with the tz database from 2015 to 2040", () => {
    const mismatches = sampleInstants().filter(
      (instant) => wallTimeMs(instant, MOSCOW_TIME_ZONE) !== intlWallTimeMs(instant, MOSCOW_TIME_ZONE),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(["Asia/Vladivostok", "Europe/Berlin", "America/New_York", "Australia/Adelaide", "Europe/Moscow", "UTC"])(
    "the browser's own zone, read through Date, agrees with Intl for %s, DST included",
    (zone) => {
      process.env.TZ = zone;
      const mismatches = sampleInstants().filter(
        (instant) => wallTimeMs(instant, LOCAL_TIME_ZONE) !== intlWallTimeMs(instant, zone),
      );
      expect(mismatches).toEqual([]);
    },
  );

  it("tells a visitor outside Moscow's offset apart", () => {
    const instant = at("2025-07-09T12:00:00+03:00");
    expect(visitorDiffers(visitorIn("Asia/Vladivostok"), instant)).toBe(true);
    process.env.TZ = "Europe/Moscow";
    expect(visitorDiffers(LOCAL_TIME_ZONE, instant)).toBe(false);
  });
});
