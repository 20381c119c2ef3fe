import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { openReportsDb, type ReportsDb } from "../../lib/reports/connection";

/** PGlite needs a few seconds to start on a busy machine; PostgreSQL may need to be reached first. */
export const DB_TIMEOUT = 120_000;

async function emptyAll(db: ReportsDb): Promise<void> {
  for (const table of ["reports", "daily_salts", "rate_limits", "report_days"] as const) {
    await db.deleteFrom(table).execute();
  }
}

/**
 * A database for one test file: PGlite in a fresh temporary folder, or the PostgreSQL server named by
 * TEST_DATABASE_URL (emptied first; scripts/test-postgres.sh runs such files one at a time).
 */
async function openTestDb(): Promise<{ db: ReportsDb; close: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const db = await openReportsDb({ url });
    await emptyAll(db);
    return { db, close: () => db.destroy() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "reports-test-"));
  const db = await openReportsDb({ dataDir: dir });
  return {
    db,
    close: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty database before every test of the file, opened once for the file and closed after it. */
export function testDbPerFile(): () => ReportsDb {
  let opened: { db: ReportsDb; close: () => Promise<void> } | undefined;
  const current = (): ReportsDb => {
    if (!opened) throw new Error("The test database is not open yet");
    return opened.db;
  };
  beforeAll(async () => {
    opened = await openTestDb();
  }, DB_TIMEOUT);
  afterAll(() => opened?.close(), DB_TIMEOUT);
  beforeEach(async () => {
    await emptyAll(current());
  });
  return current;
}
