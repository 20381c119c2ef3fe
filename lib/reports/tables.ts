import type { ColumnType, Generated } from "kysely";
import type { FailureReason, Outcome } from "./options";

/**
 * A `date` column, compared and written as "YYYY-MM-DD". Read it as `to_char(day, 'YYYY-MM-DD')`: the
 * drivers turn a bare date into a Date at the server's local midnight.
 */
type DayColumn = ColumnType<string, string, string>;

/** Table types for Kysely; the shape is created by the files in ./migrations. */
interface ReportsTable {
  id: Generated<string>;
  channel: string;
  /** UTC day of the report: a client counts once per channel and day. */
  day: DayColumn;
  /** HMAC of the client's address (its /64 for IPv6) under the day's salt: who counts, without an address. */
  client_key: string;
  /** SHA-256 of the browser's random token: lets a browser update its report of the day. */
  token_hash: string;
  outcome: Outcome;
  reason: FailureReason | null;
  wait_minutes: number | null;
  comment: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
  /** Set by a maintainer (`npm run reports -- --hide`): a hidden report counts nowhere. */
  hidden_at: ColumnType<Date | null, never, Date | null>;
}

interface DailySaltsTable {
  day: DayColumn;
  salt: string;
}

interface RateLimitsTable {
  key: string;
  window_start: Date;
  count: number;
}

/** Counted reports of days past the published window, kept as numbers once their rows are deleted. */
interface ReportDaysTable {
  channel: string;
  day: DayColumn;
  reached: number;
  failed: number;
}

export interface ReportsDatabase {
  reports: ReportsTable;
  daily_salts: DailySaltsTable;
  rate_limits: RateLimitsTable;
  report_days: ReportDaysTable;
}
