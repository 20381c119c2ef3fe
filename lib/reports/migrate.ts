import type { Kysely } from "kysely";
import type { ReportsDatabase } from "./tables";
import { Migrator, type Migration, type MigrationProvider } from "kysely/migration";
import { down as down001, up as up001 } from "./migrations/001_reports";
import { down as down002, up as up002 } from "./migrations/002_distinct_clients";

/**
 * Imported rather than read from the folder: the bundled server has no migrations folder to scan.
 * Add each new file here under its file name, which fixes its order.
 */
const MIGRATIONS: Record<string, Migration> = {
  "001_reports": { up: up001, down: down001 },
  "002_distinct_clients": { up: up002, down: down002 },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<ReportsDatabase>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Reports database migration ${failed} failed`, { cause: error });
  }
}
