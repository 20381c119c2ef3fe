import { describe, expect, it } from "vitest";
import { isFailingTrend, medianMinutes } from "../../lib/reports/trend";
import { summarize } from "../../lib/reports/store";
import { summaryText } from "../../lib/reports/summary-text";
import type { ReportSummary } from "../../lib/reports/summary";

describe("isFailingTrend", () => {
  it("needs at least three reports before calling anything a trend", () => {
    expect(isFailingTrend([])).toBe(false);
    expect(isFailingTrend(["failed", "failed"])).toBe(false);
    expect(isFailingTrend(["failed", "failed", "failed"])).toBe(true);
  });

  it("is failing only when more than half of the latest reports failed", () => {
    expect(isFailingTrend(["failed", "failed", "reached"])).toBe(true);
    expect(isFailingTrend(["failed", "reached", "failed", "reached"])).toBe(false);
    expect(isFailingTrend(["reached", "reached", "failed"])).toBe(false);
  });

  it("looks at the latest ten only: old successes do not hide a channel that stopped working", () => {
    const latest = Array.from({ length: 6 }, () => "failed" as const);
    const older = Array.from({ length: 20 }, () => "reached" as const);
    expect(isFailingTrend([...latest, ...older])).toBe(true);
    expect(isFailingTrend([...older, ...latest])).toBe(false);
  });
});

describe("medianMinutes", () => {
  it("is null without values, the middle value for an odd count, the rounded mean of the middle two otherwise", () => {
    expect(medianMinutes([])).toBeNull();
    expect(medianMinutes([30, 1, 5])).toBe(5);
    expect(medianMinutes([4, 1, 2, 9])).toBe(3);
    expect(medianMinutes([1, 2])).toBe(2);
  });
});

describe("summarize", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 11, day, 12));

  it("counts outcomes, takes the median wait of reached reports only and the newest date", () => {
    const summary = summarize("help-email", [
      { outcome: "failed", wait_minutes: null, updated_at: at(3) },
      { outcome: "reached", wait_minutes: 10, updated_at: at(2) },
      { outcome: "reached", wait_minutes: 20, updated_at: at(1) },
      { outcome: "reached", wait_minutes: null, updated_at: at(1) },
    ]);
    expect(summary).toEqual({
      channel: "help-email",
      days: 30,
      reached: 3,
      failed: 1,
      medianWaitMinutes: 15,
      lastReportAt: at(3).toISOString(),
      failingTrend: false,
    });
  });

  it("has no date and no median for a channel nobody reported on", () => {
    expect(summarize("x", [])).toMatchObject({ reached: 0, failed: 0, medianWaitMinutes: null, lastReportAt: null });
  });
});

describe("summaryText", () => {
  const base: ReportSummary = {
    channel: "x",
    days: 30,
    reached: 0,
    failed: 0,
    medianWaitMinutes: null,
    lastReportAt: null,
    failingTrend: false,
  };

  it("says plainly when there are no reports", () => {
    expect(summaryText(base)).toEqual({
      lines: ["За последние 30 дней посетители ещё не сообщали, получилось ли связаться."],
      warning: null,
    });
  });

  it("gives counts, the median wait in the right case and the date, marked as visitors' observations", () => {
    const { lines, warning } = summaryText({
      ...base,
      reached: 1,
      failed: 0,
      medianWaitMinutes: 1,
      lastReportAt: "2026-12-02T03:00:00.000Z",
    });
    expect(lines).toEqual([
      "Посетители за последние 30 дней: 1 отчёт — связались с человеком: 1, не получилось: 0.",
      "Обычно человек отвечал через 1 минуту (медиана).",
      "Это наблюдения посетителей, не официальный источник. Последний отчёт — 2 декабря 2026 г.",
    ]);
    expect(warning).toBeNull();
  });

  it("warns about a failing trend with the date and without claiming to be official", () => {
    const { warning, lines } = summaryText({
      ...base,
      failed: 5,
      lastReportAt: "2026-11-20T10:00:00.000Z",
      failingTrend: true,
    });
    expect(lines[0]).toContain("5 отчётов");
    expect(warning).toContain("на 20 ноября 2026 г.");
    expect(warning).toContain("не официальные данные");
  });
});
