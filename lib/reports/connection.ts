import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import { Pool } from "pg";
import type { ReportsDatabase } from "./tables";
import { migrateToLatest } from "./migrate";

export type ReportsDb = Kysely<ReportsDatabase>;

/** Where the database lives: a PostgreSQL server, or PGlite in a folder (or in memory for tests). */
export type DbLocation = { url: string } | { dataDir: string } | { memory: true };

/** DATABASE_URL selects PostgreSQL; otherwise PGlite under DATA_DIR (default ./.data). */
export function locationFromEnv(env: Record<string, string | undefined> = process.env): DbLocation {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: path.resolve(env.DATA_DIR ?? ".data", "pglite") };
}

function dialectFor(location: DbLocation) {
  if ("url" in location) return new PostgresDialect({ pool: new Pool({ connectionString: location.url, max: 10 }) });
  if ("memory" in location) return new PGliteDialect({ pglite: () => PGlite.create() });
  mkdirSync(location.dataDir, { recursive: true });
  return new PGliteDialect({ pglite: () => PGlite.create(location.dataDir) });
}

/** Beside a PGlite folder: the id of the server process that opened it last. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

/**
 * The live process, other than this one, that has a PGlite folder open — PGlite serves one process per
 * folder, so `npm run reports` writes only when there is none. A process killed without closing leaves
 * its id behind; it is not alive, so it does not count. Used by `npm run reports`.
 * @public
 */
export function pgliteOwner(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(ownerFile(dataDir), "utf8"));
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Opens the database and brings its schema up to date (creating it on first use). */
export async function openReportsDb(location: DbLocation): Promise<ReportsDb> {
  const db = new Kysely<ReportsDatabase>({ dialect: dialectFor(location) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

declare global {
  // On globalThis because instrumentation.ts and the route handlers are bundled apart: a module-level
  // variable would exist once per bundle, and two PGlite instances on one folder would corrupt it.
  var reportsDbPromise: Promise<ReportsDb> | undefined;
}

/** The server's one database handle, opened at start (instrumentation.ts) or on the first API call. */
export function reportsDb(): Promise<ReportsDb> {
  const location = locationFromEnv();
  globalThis.reportsDbPromise ??= openReportsDb(location)
    .then((db) => {
      // The server keeps its handle until it exits, so its id stays valid for as long as it is alive.
      if ("dataDir" in location) writeFileSync(ownerFile(location.dataDir), String(process.pid));
      return db;
    })
    .catch((error: unknown) => {
      globalThis.reportsDbPromise = undefined;
      throw error;
    });
  return globalThis.reportsDbPromise;
}
