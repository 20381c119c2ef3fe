import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReportsDb, type ReportsDb } from "../../lib/reports/connection";
import { channelSummary, saveReport } from "../../lib/reports/store";

/** `npm run reports` on a PGlite folder of its own, as a maintainer runs it with the server stopped. */
const dir = mkdtempSync(path.join(tmpdir(), "reports-cli-"));
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
const pglite = path.join(dir, "pglite");
const TIMEOUT = 120_000;

function cli(...args: string[]): string {
  return execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/reports.ts", ...args], {
    env,
    encoding: "utf8",
    // A refusal's message stays in the error instead of the test's output.
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function withDb<T>(read: (db: ReportsDb) => Promise<T>): Promise<T> {
  const db = await openReportsDb({ dataDir: pglite });
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
}

let single = "";

beforeAll(async () => {
  single = await withDb(async (db) => {
    const id = await saveReport(
      db,
      { channel: "help-email", outcome: "failed", comment: "гудки" },
      { clientKey: "k1", token: "t1" },
    );
    await saveReport(db, { channel: "help-email", outcome: "failed" }, { clientKey: "k2", token: "t2" });
    await saveReport(db, { channel: "bank-chat", outcome: "reached" }, { clientKey: "k2", token: "t3" });
    return id;
  });
}, TIMEOUT);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run reports", () => {
  it(
    "lists reports with their ids, client keys and comments",
    () => {
      const out = cli();
      expect(out).toContain("3 stored on 2 channels");
      expect(out).toContain(`id ${single}`);
      expect(out).toContain("client k2");
      expect(out).toContain("«гудки»");
    },
    TIMEOUT,
  );

  it(
    "hides one report, then every report of a client; hidden reports leave what is published",
    async () => {
      expect(cli("--hide", single)).toContain("Hidden: 1 report(s)");
      expect(await withDb((db) => channelSummary(db, "help-email"))).toMatchObject({ failed: 1 });
      expect(cli("--hide-client", "k2")).toContain("Hidden: 2 report(s)");
      expect(await withDb((db) => channelSummary(db, "help-email"))).toMatchObject({ failed: 0 });
      expect(await withDb((db) => channelSummary(db, "bank-chat"))).toMatchObject({ reached: 0 });
      expect(cli()).toContain("HIDDEN");
      expect(() => cli("--hide", "00000000-0000-0000-0000-000000000000")).toThrow();
    },
    TIMEOUT,
  );

  it(
    "runs the retention on demand and lists what was folded",
    async () => {
      const old = new Date(Date.now() - 40 * 86_400_000);
      await withDb((db) =>
        saveReport(db, { channel: "travel-chat", outcome: "reached" }, { clientKey: "k9", token: "t9", now: old }),
      );
      expect(cli("--retention")).toContain("Retention: 1 report(s) folded into daily numbers and deleted");
      expect(cli()).toContain("Folded, past the window: travel-chat: 1 day(s), counted reached 1, failed 0");
    },
    TIMEOUT,
  );
});
