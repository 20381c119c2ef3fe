import { createHash } from "node:crypto";
import type { ReportsDb } from "./db";
import type { ReportInput } from "./input";
import { SUMMARY_DAYS, type FailureReason, type Outcome } from "./options";
import type { ReportSummary } from "./summary";
import { TREND_WINDOW, isFailingTrend, medianMinutes } from "./trend";

const DAY_MS = 86_400_000;

/** The browser's token is only ever compared, so a hash of it is all that is kept. */
export function hashClientToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Stores a report; the same browser (token) reporting on the same channel again replaces its earlier
 * report instead of adding one, so nobody can outvote others from one browser by repeating.
 */
export async function saveReport(db: ReportsDb, input: ReportInput, clientToken: string): Promise<string> {
  const values = {
    channel: input.channel,
    client_hash: hashClientToken(clientToken),
    outcome: input.outcome,
    // A reason explains a failure only; a "reached" report keeps none.
    reason: input.outcome === "failed" ? (input.reason ?? null) : null,
    wait_minutes: input.waitMinutes ?? null,
    comment: input.comment?.trim() || null,
  };
  const row = await db
    .insertInto("reports")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["channel", "client_hash"]).doUpdateSet({
        outcome: values.outcome,
        reason: values.reason,
        wait_minutes: values.wait_minutes,
        comment: values.comment,
        updated_at: new Date(),
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

function since(now: Date): Date {
  return new Date(now.getTime() - SUMMARY_DAYS * DAY_MS);
}

export async function channelSummary(db: ReportsDb, channel: string, now = new Date()): Promise<ReportSummary> {
  const rows = await db
    .selectFrom("reports")
    .select(["outcome", "wait_minutes", "updated_at"])
    .where("channel", "=", channel)
    .where("updated_at", ">=", since(now))
    .orderBy("updated_at", "desc")
    .execute();
  return summarize(channel, rows);
}

type SummaryRow = { outcome: Outcome; wait_minutes: number | null; updated_at: Date };

/** Rows newest first. Waits count only where a person was reached: a failed call has no answer time. */
export function summarize(channel: string, rows: readonly SummaryRow[]): ReportSummary {
  const waits = rows.flatMap((r) => (r.outcome === "reached" && r.wait_minutes !== null ? [r.wait_minutes] : []));
  return {
    channel,
    days: SUMMARY_DAYS,
    reached: rows.filter((r) => r.outcome === "reached").length,
    failed: rows.filter((r) => r.outcome === "failed").length,
    medianWaitMinutes: medianMinutes(waits),
    lastReportAt: rows[0]?.updated_at.toISOString() ?? null,
    failingTrend: isFailingTrend(rows.slice(0, TREND_WINDOW).map((r) => r.outcome)),
  };
}

export interface StoredReport {
  id: string;
  channel: string;
  outcome: Outcome;
  reason: FailureReason | null;
  waitMinutes: number | null;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Every report of the last `days` days, newest first, comments included: for maintainers only, through
 * `npm run reports`, so no page or route imports it.
 * @public
 */
export async function recentReports(db: ReportsDb, days: number, now = new Date()): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom("reports")
    .select(["id", "channel", "outcome", "reason", "wait_minutes", "comment", "created_at", "updated_at"])
    .where("updated_at", ">=", new Date(now.getTime() - days * DAY_MS))
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    outcome: r.outcome,
    reason: r.reason,
    waitMinutes: r.wait_minutes,
    comment: r.comment,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}
