import { formatDateRu } from "@/lib/hours/calendar";
import { plural } from "@/lib/text/russian";
import type { ReportSummary } from "./summary";

const visitorForms = ["посетителя", "посетителей", "посетителей"] as const;
const dayForms = ["день", "дня", "дней"] as const;

/** «по словам 7 посетителей за 3 дня»: how many people a warning rests on. */
export function warningBasis(failing: NonNullable<ReportSummary["failing"]>): string {
  return `по словам ${failing.visitors} ${plural(failing.visitors, visitorForms)} за ${failing.days} ${plural(failing.days, dayForms)}`;
}

// Accusative: «через 1 минуту».
const minuteForms: [string, string, string] = ["минуту", "минуты", "минут"];

/** The date of an ISO timestamp in Russian, as the rest of the site writes dates. */
function dateOf(iso: string): string {
  return formatDateRu(iso.slice(0, 10));
}

/** What visitors reported about a channel, in plain Russian, always marked as visitors' observations. */
export function summaryText(summary: ReportSummary): { lines: string[]; warning: string | null } {
  const total = summary.reached + summary.failed;
  if (total === 0 || !summary.lastReportAt) {
    return {
      lines: [`За последние ${summary.days} дней посетители ещё не сообщали, получилось ли связаться.`],
      warning: null,
    };
  }
  const lines = [
    `Ответы посетителей за последние ${summary.days} дней: ${total} (каждый посетитель учтён не больше раза в день) — ` +
      `связались с человеком: ${summary.reached}, не получилось: ${summary.failed}.`,
  ];
  if (summary.medianWaitMinutes !== null) {
    const m = summary.medianWaitMinutes;
    lines.push(`Обычно человек отвечал через ${m} ${plural(m, minuteForms)} (медиана).`);
  }
  // The date ends the sentence: formatDateRu ends with «г.», which already closes it.
  lines.push(`Это наблюдения посетителей, не официальный источник. Последний отчёт — ${dateOf(summary.lastReportAt)}`);
  const warning = summary.failing
    ? `Связаться здесь чаще не получается — ${warningBasis(summary.failing)} (последний отчёт — ${dateOf(summary.lastReportAt)}). ` +
      "Это не официальные данные, но стоит заранее выбрать запасной способ."
    : null;
  return { lines, warning };
}
