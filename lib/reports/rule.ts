import { SUMMARY_DAYS, type Outcome } from "./options";
import type { ReportSummary } from "./summary";
import { daysBetween } from "../hours/calendar";

/**
 * The one rule for what visitors' reports publish. Everything published — the counts, the median wait
 * and the failing warning — is computed here from counted reports, and COUNTING_RULE says the same in
 * Russian on /sources.
 */

/** How many of a channel's latest counted reports the warning looks at. */
const WARNING_WINDOW = 10;
/** Different visitors (client and day) who must have reported a failure. */
export const WARNING_MIN_VISITORS = 5;
/** The failures must not all fall within this span: one burst is not a trend. */
const WARNING_MIN_SPAN_MS = 3_600_000;

/**
 * One counted report: the latest of one client (salted address hash) on one channel and UTC day, among
 * reports maintainers have not hidden. A client counts at most once per channel and day whatever token
 * or user agent it sends; clients of different days cannot be linked, as the salt changes daily.
 */
export interface CountedReport {
  day: string;
  client: string;
  outcome: Outcome;
  waitMinutes: number | null;
  at: Date;
}

export const COUNTING_RULE = [
  `Считаются отчёты за последние ${SUMMARY_DAYS} дней. Один посетитель — это адрес подключения (для IPv6 — его сеть /64), и он учитывается не больше одного раза в день для каждого канала: если он ответил несколько раз, учитывается последний ответ, сколько бы раз и с каких браузеров он ни отправлял.`,
  `Предупреждение «связаться не получается» появляется, когда среди последних ${WARNING_WINDOW} учтённых отчётов больше половины — о неудаче, о неудаче сообщили не меньше ${WARNING_MIN_VISITORS} посетителей, между первым и последним таким отчётом прошло больше часа и хотя бы в один из дней о неудаче написали двое разных посетителей — так один человек не может вызвать предупреждение даже за несколько дней. В предупреждении сказано, на скольких посетителях оно основано.`,
  "Адреса не хранятся: вместо них — хеш с солью, которая меняется каждый день. Отчёты старше окна сворачиваются в дневные итоги, а сами записи с комментариями удаляются. Редакция может скрыть отдельный отчёт или все отчёты одного посетителя, и скрытые отчёты нигде не учитываются.",
] as const;

/** The median of whole minutes, rounded to a whole minute; null when there is nothing to take it of. */
export function medianMinutes(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return Math.round(((sorted[middle - 1] ?? upper) + upper) / 2);
}

/** Calendar days from the first to the last of the reports, both counted: 1 for reports of one day. */
function daysSpanned(reports: readonly CountedReport[]): number {
  const days = reports.map((r) => r.day).sort();
  return daysBetween(days[0] ?? "", days[days.length - 1] ?? "") + 1;
}

/** The warning's basis, or null when the counted reports do not meet every part of the rule. */
export function failingWarning(counted: readonly CountedReport[]): ReportSummary["failing"] {
  const latest = [...counted].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, WARNING_WINDOW);
  const failed = latest.filter((r) => r.outcome === "failed");
  if (failed.length * 2 <= latest.length || failed.length < WARNING_MIN_VISITORS) return null;
  const times = failed.map((r) => r.at.getTime());
  if (Math.max(...times) - Math.min(...times) <= WARNING_MIN_SPAN_MS) return null;
  const clientsByDay = new Map<string, Set<string>>();
  for (const r of failed) clientsByDay.set(r.day, (clientsByDay.get(r.day) ?? new Set()).add(r.client));
  if (![...clientsByDay.values()].some((clients) => clients.size >= 2)) return null;
  return { visitors: failed.length, days: daysSpanned(failed) };
}

/** What a channel's page publishes from its counted reports. */
export function summarize(channel: string, counted: readonly CountedReport[]): ReportSummary {
  const reached = counted.filter((r) => r.outcome === "reached");
  const waits = reached.flatMap((r) => (r.waitMinutes === null ? [] : [r.waitMinutes]));
  const last = counted.reduce<Date | null>((max, r) => (max === null || r.at > max ? r.at : max), null);
  const failing = failingWarning(counted);
  return {
    channel,
    days: SUMMARY_DAYS,
    reached: reached.length,
    failed: counted.length - reached.length,
    medianWaitMinutes: medianMinutes(waits),
    lastReportAt: last?.toISOString() ?? null,
    failingTrend: failing !== null,
    failing,
  };
}
