import { describe, expect, it } from "vitest";
import { headlineText, openNowView } from "@/lib/hours/open-now-text";
import type { Schedule } from "@/lib/dataset/schema";
import type { Shifts } from "@/lib/hours/open-state";

const shifts = (...staffing: Shifts["staffing"]): Shifts => ({ staffing });
const always: Schedule = { type: "always" };
const office: Schedule = {
  type: "weekly",
  ranges: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }],
};
// Wednesday 2026-11-25, 12:00 and 21:00 in Moscow.
const noon = new Date("2026-11-25T09:00:00Z");
const night = new Date("2026-11-25T18:00:00Z");

describe("headlineText", () => {
  it("says the same in the box and in a result's line when the sources agree", () => {
    const live = openNowView(shifts({ who: "operators", schedule: office, by: "" }), noon, "Europe/Moscow");
    const closed = openNowView(shifts({ who: "operators", schedule: office, by: "" }), night, "Europe/Moscow");
    expect([headlineText(live), headlineText(live, "line")]).toEqual(["● Сейчас открыто", "● Сейчас открыто"]);
    expect(headlineText(closed, "line")).toBe(headlineText(closed));
    expect(headlineText(closed)).toBe("○ Сейчас закрыто");
  });

  it("keeps the disagreement in both forms, shorter in the line", () => {
    const split = shifts(
      { who: "bot", schedule: always, by: "" },
      { who: "operators", schedule: always, by: "" },
      { who: "operators", schedule: office, by: "" },
    );
    const view = openNowView(split, night, "Europe/Moscow");
    expect(view.headline).toBe("uncertain");
    const [box, line] = [headlineText(view), headlineText(view, "line")];
    for (const text of [box, line]) expect(text).toMatch(/Бот отвечает; .*источники расходятся/);
    expect(line.length).toBeLessThan(box.length);
  });
});
