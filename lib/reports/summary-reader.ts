import type { ReportSummary } from "./summary";
import { isRecord } from "../site/json";

/**
 * The widget's check of the reports API's answers (schemas in summary.ts). By hand because zod's core,
 * even zod/mini, added 18 kB gzip to every channel and topic page (measured with the weight gate);
 * tests/unit/reports-api.test.ts holds each reader to its schema, field by field.
 */

const int = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const count = (v: unknown, min = 0): v is number => int(v) && v >= min;
const KEYS = ["channel", "days", "reached", "failed", "medianWaitMinutes", "lastReportAt", "failingTrend", "failing"];
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The warning's basis, null for none, undefined when it is neither. */
function readFailing(v: unknown): ReportSummary["failing"] | undefined {
  if (v === null) return null;
  if (!isRecord(v) || Object.keys(v).length !== 2) return undefined;
  const { visitors, days } = v;
  return count(visitors, 1) && count(days, 1) ? { visitors, days } : undefined;
}

/** The summary in an answer, or null when the answer is not one: then the widget shows none. */
export function readReportSummary(v: unknown): ReportSummary | null {
  if (!isRecord(v) || Object.keys(v).some((k) => !KEYS.includes(k))) return null;
  const { channel, days, reached, failed, medianWaitMinutes, lastReportAt, failingTrend, failing } = v;
  if (typeof channel !== "string" || !int(days)) return null;
  if (!count(reached) || !count(failed) || typeof failingTrend !== "boolean") return null;
  if (medianWaitMinutes !== null && !count(medianWaitMinutes)) return null;
  if (lastReportAt !== null && (typeof lastReportAt !== "string" || !ISO_DATETIME.test(lastReportAt))) return null;
  const warning = readFailing(failing);
  if (warning === undefined) return null;
  return {
    channel,
    days,
    reached,
    failed,
    medianWaitMinutes,
    lastReportAt,
    failingTrend,
    failing: warning,
  };
}

/** The channel's fresh summary in a 201 answer, or null. */
export function readCreatedSummary(v: unknown): ReportSummary | null {
  return isRecord(v) && typeof v.id === "string" ? readReportSummary(v.summary) : null;
}
