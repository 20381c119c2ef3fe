import { describe, expect, it } from "vitest";
import {
  COUNTING_RULE,
  WARNING_MIN_VISITORS,
  failingWarning,
  medianMinutes,
  summarize,
  type CountedReport,
} from "../../lib/reports/rule";
import { summaryLines } from "../../components/reports/report-texts";
import { EN_MESSAGES, RU_MESSAGES } from "../../lib/i18n/messages";
import type { ReportSummary } from "../../lib/reports/summary";

const HOUR = 3_600_000;
const base = Date.UTC(2026, 11, 1, 9);

/** A counted report `hours` after 1 December 09:00 UTC. */
function report(client: string, outcome: CountedReport["outcome"], hours: number, waitMinutes: number | null = null) {
  const at = new Date(base + hours * HOUR);
  return { day: at.toISOString().slice(0, 10), client, outcome, waitMinutes, at } satisfies CountedReport;
}

/** Five different visitors over two days, two of them on the same day: every part of the rule is met. */
const failingWeek = [
  report("a", "failed", 0),
  report("b", "failed", 2),
  report("c", "failed", 24),
  report("d", "failed", 30),
  report("e", "failed", 50),
];

describe("failingWarning", () => {
  it("warns when every part of the rule is met, saying how many visitors over how many days", () => {
    expect(failingWarning(failingWeek)).toEqual({ visitors: 5, days: 3 });
  });

  it(`needs ${WARNING_MIN_VISITORS} different visitors`, () => {
    expect(failingWarning(failingWeek.slice(1))).toBeNull();
  });

  it("needs the failures to span more than an hour", () => {
    const burst = ["a", "b", "c", "d", "e"].map((c, i) => report(c, "failed", i / 10));
    expect(failingWarning(burst)).toBeNull();
    expect(failingWarning([...burst.slice(0, 4), report("e", "failed", 1.1)])).toEqual({ visitors: 5, days: 1 });
  });

  it("needs two different visitors on one day, so one address over many days cannot raise it", () => {
    // The same address on five days gets a new key every day: five "visitors", but never two on one day.
    const patient = [0, 24, 48, 72, 96].map((h, i) => report(`day-${i}`, "failed", h));
    expect(failingWarning(patient)).toBeNull();
  });

  it("needs more than half of the latest ten counted reports to be failures", () => {
    const recovered = [...failingWeek, ...["f", "g", "h", "i", "j"].map((c) => report(c, "reached", 60))];
    expect(failingWarning(recovered)).toBeNull();
    // Six newer failures push the recoveries out of the window but four.
    const again = ["k", "l", "m", "n", "o", "p"].map((c, i) => report(c, "failed", 70 + i));
    expect(failingWarning([...recovered, ...again.slice(0, 5)])).toBeNull();
    expect(failingWarning([...recovered, ...again])).toEqual({ visitors: 6, days: 1 });
  });
});

describe("summarize", () => {
  it("counts counted reports, takes the median wait of reached ones and the newest time", () => {
    const summary = summarize("help-email", [
      report("a", "failed", 5),
      report("b", "reached", 1, 10),
      report("c", "reached", 2, 20),
      report("d", "reached", 3),
    ]);
    expect(summary).toEqual({
      channel: "help-email",
      days: 30,
      reached: 3,
      failed: 1,
      medianWaitMinutes: 15,
      lastReportAt: new Date(base + 5 * HOUR).toISOString(),
      failingTrend: false,
      failing: null,
    });
  });

  it("has no date and no median for a channel nobody reported on", () => {
    expect(summarize("x", [])).toMatchObject({ reached: 0, failed: 0, medianWaitMinutes: null, lastReportAt: null });
  });
});

describe("medianMinutes", () => {
  it("is null without values, the middle value for an odd count, the rounded mean of the middle two otherwise", () => {
    expect(medianMinutes([])).toBeNull();
    expect(medianMinutes([30, 1, 5])).toBe(5);
    expect(medianMinutes([4, 1, 2, 9])).toBe(3);
  });
});

describe("texts", () => {
  it("says how many people a warning rests on, in the right plural", () => {
    const basis = (visitors: number, days: number, locale: "ru" | "en" = "ru") => {
      const summary = { ...summarize("x", failingWeek), failing: { visitors, days } };
      const texts = (locale === "ru" ? RU_MESSAGES : EN_MESSAGES).reports.summary;
      return summaryLines(summary, texts, locale).warning ?? "";
    };
    expect(basis(7, 3)).toContain("по словам 7 посетителей за 3 дня");
    expect(basis(21, 1)).toContain("по словам 21 посетителя за 1 день");
    expect(basis(5, 11)).toContain("по словам 5 посетителей за 11 дней");
    expect(basis(1, 1, "en")).toMatch(/\b1 visitor\b.*\b1 day\b/);
    expect(basis(5, 3, "en")).toMatch(/\b5 visitors\b.*\b3 days\b/);
  });

  it("prints the numbers the rule uses, so /sources cannot drift from the code", () => {
    const text = COUNTING_RULE.join(" ");
    expect(text).toContain(`не меньше ${WARNING_MIN_VISITORS} посетителей`);
    expect(text).toContain("последних 10");
    expect(text).toContain("больше часа");
  });

  const empty: ReportSummary = summarize("x", []);
  const summaryText = (summary: ReportSummary) => summaryLines(summary, RU_MESSAGES.reports.summary, "ru");

  it("says plainly when there are no reports", () => {
    expect(summaryText(empty)).toEqual({
      lines: ["За последние 30 дней посетители ещё не сообщали, получилось ли связаться."],
      warning: null,
    });
  });

  it("gives counts, the median wait in the right case and the date, marked as visitors' observations", () => {
    const { lines, warning } = summaryText(summarize("x", [report("a", "reached", 0, 1)]));
    expect(lines).toEqual([
      "Ответы посетителей за последние 30 дней: 1 (каждый посетитель учтён не больше раза в день) — связались с человеком: 1, не получилось: 0.",
      "Обычно человек отвечал через 1 минуту (медиана).",
      "Это наблюдения посетителей, не официальный источник. Последний отчёт — 1 декабря 2026 г.",
    ]);
    expect(warning).toBeNull();
  });

  it("warns with the number of visitors, the days and the date, without claiming to be official", () => {
    const { warning } = summaryText(summarize("x", failingWeek));
    expect(warning).toContain("по словам 5 посетителей за 3 дня");
    expect(warning).toContain("3 декабря 2026 г.");
    expect(warning).toContain("не официальные данные");
  });
});
