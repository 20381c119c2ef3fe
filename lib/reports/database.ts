import type { ColumnType, Generated } from "kysely";
import type { FailureReason, Outcome } from "./options";

/** Table types for Kysely; the shape is created by the files in ./migrations. */
interface ReportsTable {
  id: Generated<string>;
  channel: string;
  /** SHA-256 of the browser's random token: lets a browser update its report without storing the token. */
  client_hash: string;
  outcome: Outcome;
  reason: FailureReason | null;
  wait_minutes: number | null;
  comment: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface ReportsDatabase {
  reports: ReportsTable;
}
