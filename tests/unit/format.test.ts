import { describe, expect, it } from "vitest";
import { formatResponseTime } from "@/lib/text/channel";
import type { ResponseTime } from "@/lib/dataset/schema";

const time = (from: number | undefined, to: number, unit: ResponseTime["unit"]): ResponseTime => ({
  from,
  to,
  unit,
  stage: "answer",
  source: "test",
});

describe("formatResponseTime", () => {
  it.each([
    [time(1, 3, "minutes"), "1–3 минуты"],
    [time(10, 15, "minutes"), "10–15 минут"],
    [time(2, 3, "business-days"), "2–3 рабочих дня"],
    [time(5, 5, "days"), "5 дней"],
    [time(undefined, 0, "minutes"), "сразу"],
  ])("%j → %s", (r, text) => {
    expect(formatResponseTime(r)).toBe(text);
  });

  it.each([
    [time(undefined, 1, "business-days"), "до 1 рабочего дня"],
    [time(undefined, 3, "business-days"), "до 3 рабочих дней"],
    [time(undefined, 24, "hours"), "до 24 часов"],
    [time(undefined, 1, "hours"), "до 1 часа"],
    [time(undefined, 21, "days"), "до 21 дня"],
    [time(undefined, 11, "days"), "до 11 дней"],
    [time(0, 30, "minutes"), "до 30 минут"],
  ])("an upper bound takes the genitive: %j → %s", (r, text) => {
    expect(formatResponseTime(r)).toBe(text);
  });
});
