import type { RU_MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/hours/calendar";
import { plural, pluralEn } from "@/lib/text/russian";
import type { ReportSummary } from "@/lib/reports/summary";
import { fill } from "@/lib/text/fill";

/**
 * The widget's words: the `reports` messages themselves, handed over by the server component above it.
 * Its counts, dates and minutes are known only in the browser, so it gets the templates rather than
 * next-intl's finished strings and fills in their `{name}` places itself. A type-only import: no message
 * file reaches the client bundle.
 */
export type ReportTexts = (typeof RU_MESSAGES)["reports"];

export { fill };

/** The form of a word for n: Russian forms come as 1, 2, 5 (минуту, минуты, минут), English as 1, 2. */
export function countWord(locale: Locale, n: number, forms: readonly string[]): string {
  const [one = "", few = one, many = few] = forms;
  return locale === "ru" ? plural(n, [one, few, many]) : pluralEn(n, [one, few]);
}

/** What visitors reported about a channel, always marked as visitors' observations. */
export function summaryLines(
  summary: ReportSummary,
  texts: ReportTexts["summary"],
  locale: Locale,
): { lines: string[]; warning: string | null } {
  const { days, reached, failed, failing } = summary;
  const total = reached + failed;
  if (total === 0 || !summary.lastReportAt) return { lines: [fill(texts.none, { days })], warning: null };
  // A Russian date ends with «г.», which closes the sentence itself; each language's template says how it ends.
  const date = formatDate(summary.lastReportAt.slice(0, 10), locale);
  const lines = [fill(texts.counts, { days, total, reached, failed })];
  const minutes = summary.medianWaitMinutes;
  if (minutes !== null) {
    lines.push(fill(texts.median, { minutes, minutesWord: countWord(locale, minutes, texts.forms.minutes) }));
  }
  lines.push(fill(texts.observations, { date }));
  const basis = failing
    ? fill(texts.basis, {
        visitors: failing.visitors,
        visitorsWord: countWord(locale, failing.visitors, texts.forms.visitors),
        days: failing.days,
        daysWord: countWord(locale, failing.days, texts.forms.days),
      })
    : null;
  return { lines, warning: basis === null ? null : fill(texts.warning, { basis, date }) };
}
