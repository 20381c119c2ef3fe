import { sql } from "kysely";
import type { ReportsDb } from "./connection";
import { daysBefore, utcDay } from "../hours/calendar";
import { SUMMARY_DAYS } from "./options";

export interface RetentionResult {
  folded: number;
  saltsDeleted: number;
  limitsDeleted: number;
}

/**
 * Folds the reports of days past the published window into per-day counts (counted the way
 * lib/reports/rule.ts counts: per client and day, the latest report not hidden) and deletes their rows,
 * comments included; deletes the salts of past days and rate-limit windows that have ended. One
 * statement does the folding, so instances running it at once neither lose nor count twice a report:
 * a row deleted by one is not returned to the other.
 */
export async function applyRetention(db: ReportsDb, windowMs: number, now = new Date()): Promise<RetentionResult> {
  const cutoff = daysBefore(now, SUMMARY_DAYS);
  const folded = await sql<{ moved: number }>`
    with moved as (
      delete from reports where day <= ${cutoff}::date
      returning channel, day, client_key, outcome, updated_at, hidden_at
    ),
    counted as (
      select distinct on (channel, day, client_key) channel, day, outcome
      from moved where hidden_at is null
      order by channel, day, client_key, updated_at desc
    ),
    days as (
      insert into report_days (channel, day, reached, failed)
      select channel, day, count(*) filter (where outcome = 'reached'), count(*) filter (where outcome = 'failed')
      from counted group by channel, day
      on conflict (channel, day) do update
        set reached = report_days.reached + excluded.reached, failed = report_days.failed + excluded.failed
    )
    select count(*)::int as moved from moved`.execute(db);
  const salts = await db.deleteFrom("daily_salts").where("day", "<", utcDay(now)).executeTakeFirst();
  const limits = await db
    .deleteFrom("rate_limits")
    .where("window_start", "<=", new Date(now.getTime() - windowMs))
    .executeTakeFirst();
  return {
    folded: folded.rows[0]?.moved ?? 0,
    saltsDeleted: Number(salts.numDeletedRows),
    limitsDeleted: Number(limits.numDeletedRows),
  };
}

const HOUR_MS = 3_600_000;

declare global {
  // One schedule per process, whichever bundle starts it first.
  var reportsRetentionTimer: NodeJS.Timeout | undefined;
}

/** Runs the retention now and then every hour, for as long as the server runs; never keeps it alive. */
export function scheduleRetention(db: () => Promise<ReportsDb>, windowMs: number): void {
  if (globalThis.reportsRetentionTimer) return;
  const run = () =>
    db()
      .then((d) => applyRetention(d, windowMs))
      .catch((error: unknown) => console.error("Reports retention failed", error));
  void run();
  globalThis.reportsRetentionTimer = setInterval(run, HOUR_MS);
  globalThis.reportsRetentionTimer.unref();
}
