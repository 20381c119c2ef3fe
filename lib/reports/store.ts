import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { ReportsDb } from "./connection";
import { daysBefore, utcDay } from "../hours/calendar";
import type { ReportInput } from "./input";
import { SUMMARY_DAYS, type FailureReason, type Outcome } from "./options";
import { summarize, type CountedReport } from "./rule";
import type { ReportSummary } from "./summary";

/** The browser's token is only ever compared, so a hash of it is all that is kept. */
export function hashClientToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Dates as PostgreSQL writes them, never through a driver's time zone. */
const dayText = sql<string>`to_char(day, 'YYYY-MM-DD')`;

/** Who sent a report, as the server established it: the client's key of the day, and the browser's token. */
export interface Sender {
  clientKey: string;
  token: string;
  now?: Date;
}

/**
 * Stores a report. The same browser (token) reporting on the same channel again the same day updates its
 * report; what counts toward published figures is decided when reading (lib/reports/rule.ts), so every
 * acknowledged report is kept, however many one client sends.
 */
export async function saveReport(db: ReportsDb, input: ReportInput, sender: Sender): Promise<string> {
  const values = {
    channel: input.channel,
    day: utcDay(sender.now ?? new Date()),
    client_key: sender.clientKey,
    token_hash: hashClientToken(sender.token),
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
      oc.columns(["channel", "day", "token_hash"]).doUpdateSet({
        client_key: values.client_key,
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

/** The channel's counted reports of the published window: per client and day, the latest one not hidden. */
export async function countedReports(db: ReportsDb, channel: string, now = new Date()): Promise<CountedReport[]> {
  const rows = await db
    .selectFrom("reports")
    .distinctOn(["day", "client_key"])
    .select([dayText.as("day"), "client_key", "outcome", "wait_minutes", "updated_at"])
    .where("channel", "=", channel)
    .where("hidden_at", "is", null)
    .where("day", ">", daysBefore(now, SUMMARY_DAYS))
    .orderBy("day")
    .orderBy("client_key")
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    day: r.day,
    client: r.client_key,
    outcome: r.outcome,
    waitMinutes: r.outcome === "reached" ? r.wait_minutes : null,
    at: r.updated_at,
  }));
}

export async function channelSummary(db: ReportsDb, channel: string, now = new Date()): Promise<ReportSummary> {
  return summarize(channel, await countedReports(db, channel, now));
}

export interface StoredReport {
  id: string;
  channel: string;
  client: string;
  outcome: Outcome;
  reason: FailureReason | null;
  waitMinutes: number | null;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
  hidden: boolean;
}

/**
 * Every stored report of the last `days` days, newest first, comments and hidden ones included: for
 * maintainers only, through `npm run reports`, so no page or route imports it.
 * @public
 */
export async function recentReports(db: ReportsDb, days: number, now = new Date()): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom("reports")
    .select([
      "id",
      "channel",
      "client_key",
      "outcome",
      "reason",
      "wait_minutes",
      "comment",
      "created_at",
      "updated_at",
      "hidden_at",
    ])
    .where("day", ">", daysBefore(now, days))
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    client: r.client_key,
    outcome: r.outcome,
    reason: r.reason,
    waitMinutes: r.wait_minutes,
    comment: r.comment,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    hidden: r.hidden_at !== null,
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Hides (or shows again) one report, or every report of one client key; returns how many rows changed.
 * For maintainers, through `npm run reports`.
 * @public
 */
export async function setHidden(
  db: ReportsDb,
  target: { id: string } | { client: string },
  hidden: boolean,
): Promise<number> {
  if ("id" in target && !UUID.test(target.id)) return 0;
  const result = await db
    .updateTable("reports")
    .set({ hidden_at: hidden ? new Date() : null })
    .where("id" in target ? "id" : "client_key", "=", "id" in target ? target.id : target.client)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
