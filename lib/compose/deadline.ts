import { unitNamesEn, untilForms } from "../text/channel";
import { formatDateNumeric, moscowDay, moscowWeekday } from "../hours/calendar";
import { DAY_MS, MINUTE_MS } from "../hours/zone";
import type { ResponseTime } from "../dataset/schema";
import { plural, pluralEn } from "../text/russian";
import type { Locale } from "../i18n/locale";

/**
 * When to expect an answer. Dates are counted on Moscow's calendar (UTC+3 all
 * year since 2014). Business days skip Saturdays and Sundays; public holidays
 * are not known here, so around them the real date can be later.
 */

export type ResponseSpan = Pick<ResponseTime, "from" | "to" | "unit">;

export interface FollowUp {
  /** The moment by which the answer is expected. */
  due: Date;
  /** "ответ ожидается в течение 15 минут" or "ответ ожидается до 24.11.2026"; in English, "expect the answer by 2026-11-24". */
  phrase: string;
}

function isWeekend(moment: Date): boolean {
  const day = moscowWeekday(moment);
  return day === 0 || day === 6;
}

/** `count` business days after `start`, same clock time; Friday + 1 is Monday. */
export function addBusinessDays(start: Date, count: number): Date {
  let at = start.getTime();
  const whole = Math.floor(count);
  for (let added = 0; added < whole;) {
    at += DAY_MS;
    if (!isWeekend(new Date(at))) added += 1;
  }
  const rest = count - whole;
  if (rest > 0) {
    at += rest * DAY_MS;
    while (isWeekend(new Date(at))) at += DAY_MS;
  }
  return new Date(at);
}

/** "минуты" after "в течение 1", "минут" after "в течение 5"; fractions take the singular genitive. */
function genitive(n: number, forms: readonly [string, string, string]): string {
  return Number.isInteger(n) ? plural(n, forms) : forms[0];
}

function numberRu(n: number): string {
  return String(n).replace(".", ",");
}

type Phrases = {
  now: string;
  within: (n: number, unit: "minutes" | "hours") => string;
  by: (due: Date) => string;
};

const phrases: Readonly<Record<Locale, Phrases>> = {
  ru: {
    now: "ответ обычно приходит сразу",
    within: (n, unit) => `ответ ожидается в течение ${numberRu(n)} ${genitive(n, untilForms[unit])}`,
    by: (due) => `ответ ожидается до ${formatDateNumeric(moscowDay(due))}`,
  },
  en: {
    now: "the answer usually comes at once",
    within: (n, unit) => `expect the answer within ${n} ${pluralEn(n, unitNamesEn[unit])}`,
    by: (due) => `expect the answer by ${formatDateNumeric(moscowDay(due), "en")}`,
  },
};

export function followUp(span: ResponseSpan, sentAt: Date, locale: Locale = "ru"): FollowUp {
  const start = sentAt.getTime();
  const say = phrases[locale];
  switch (span.unit) {
    case "minutes":
    case "hours": {
      const due = new Date(start + span.to * (span.unit === "minutes" ? MINUTE_MS : 60 * MINUTE_MS));
      if (span.to === 0) return { due, phrase: say.now };
      return { due, phrase: say.within(span.to, span.unit) };
    }
    case "days": {
      const due = new Date(start + span.to * DAY_MS);
      return { due, phrase: say.by(due) };
    }
    case "business-days": {
      const due = addBusinessDays(sentAt, span.to);
      return { due, phrase: say.by(due) };
    }
  }
}
