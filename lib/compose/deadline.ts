import { untilForms } from "../text/channel";
import { formatDateNumeric, moscowDay, moscowWeekday } from "../hours/calendar";
import { DAY_MS, MINUTE_MS } from "../hours/zone";
import type { ResponseTime } from "../dataset/schema";
import { plural } from "../text/russian";

/**
 * When to expect an answer. Dates are counted on Moscow's calendar (UTC+3 all
 * year since 2014). Business days skip Saturdays and Sundays; public holidays
 * are not known here, so around them the real date can be later.
 */

export type ResponseSpan = Pick<ResponseTime, "from" | "to" | "unit">;

export interface FollowUp {
  /** The moment by which the answer is expected. */
  due: Date;
  /** "ответ ожидается в течение 15 минут" or "ответ ожидается до 24.11.2026". */
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

export function followUp(span: ResponseSpan, sentAt: Date): FollowUp {
  const start = sentAt.getTime();
  switch (span.unit) {
    case "minutes":
    case "hours": {
      const due = new Date(start + span.to * (span.unit === "minutes" ? MINUTE_MS : 60 * MINUTE_MS));
      if (span.to === 0) return { due, phrase: "ответ обычно приходит сразу" };
      const forms = span.unit === "minutes" ? untilForms.minutes : untilForms.hours;
      return { due, phrase: `ответ ожидается в течение ${numberRu(span.to)} ${genitive(span.to, forms)}` };
    }
    case "days": {
      const due = new Date(start + span.to * DAY_MS);
      return { due, phrase: `ответ ожидается до ${formatDateNumeric(moscowDay(due))}` };
    }
    case "business-days": {
      const due = addBusinessDays(sentAt, span.to);
      return { due, phrase: `ответ ожидается до ${formatDateNumeric(moscowDay(due))}` };
    }
  }
}
