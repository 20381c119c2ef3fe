import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/hours/calendar";
import { buildDate, needsRecheck } from "@/lib/trust/freshness";

describe("freshness", () => {
  it("flags a channel only when more than 180 days old at the build date", () => {
    expect(needsRecheck("2026-05-25", "2026-11-21")).toBe(false); // exactly 180 days
    expect(needsRecheck("2026-05-24", "2026-11-21")).toBe(true); // 181 days
    expect(needsRecheck("2026-11-21", "2026-11-21")).toBe(false);
  });

  it("counts days across a leap year", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });

  it("uses BUILD_DATE when pinned, the current date otherwise", () => {
    expect(buildDate({ BUILD_DATE: "2027-06-01" })).toBe("2027-06-01");
    expect(buildDate({ BUILD_DATE: "junk" }, new Date("2026-11-21T23:30:00Z"))).toBe("2026-11-21");
    expect(buildDate({}, new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02");
  });
});
