import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReportsDb, type ReportsDb } from "../../lib/reports/connection";
import { freePort, report, startNext, stopNext, summaryOf, waitUp, type Instance } from "../../scripts/reports-cluster";

/**
 * Two `next start` instances on one PostgreSQL, requests alternating between them. Runs from
 * `npm run test:postgres` (scripts/test-postgres.sh) after `npm run build`; elsewhere it is skipped.
 */
const url = process.env.TEST_DATABASE_URL;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const built = existsSync(path.join(distDir, "BUILD_ID"));
const required = process.env.REPORTS_REQUIRE_SERVERS === "1";
const STARTUP = 180_000;

if (required && !(url && built)) throw new Error("REPORTS_REQUIRE_SERVERS=1 but no TEST_DATABASE_URL or no build");

describe.skipIf(!url || !built)("two instances on one PostgreSQL", () => {
  let instances: Instance[] = [];
  let db: ReportsDb;
  const base = (i: number) => instances[i % instances.length]?.base ?? "";

  beforeAll(async () => {
    db = await openReportsDb({ url: url ?? "" });
    for (const table of ["reports", "daily_salts", "rate_limits", "report_days"] as const) {
      await db.deleteFrom(table).execute();
    }
    const from = Number(process.env.REPORTS_TEST_PORT ?? 0);
    const ports = from ? [from, from + 1] : [await freePort(), await freePort()];
    const env = { DATABASE_URL: url ?? "", REPORTS_RATE_LIMIT: "5" };
    instances = ports.map((port) => startNext(port, env, distDir));
    await Promise.all(instances.map((i) => waitUp(i, "help-email", STARTUP)));
  }, STARTUP);

  afterAll(async () => {
    await Promise.all(instances.map((i) => stopNext(i)));
    await db?.destroy();
  }, 60_000);

  it("holds one client to one limit across both", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const headers = { "user-agent": `agent-${i}`, "x-forwarded-for": `198.51.100.${i}` };
      const answer = await report(base(i), "127.0.0.40", { channel: "help-email", outcome: "failed" }, headers);
      statuses.push(answer.status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    // Alternating, each instance refused some: one limit, not one per instance (which would allow 10).
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it("stores every acknowledged report, and both publish the same figures", async () => {
    const channel = "seller-support-chat";
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        report(base(i), `127.0.2.${i + 1}`, { channel, outcome: i % 3 === 0 ? "failed" : "reached" }),
      ),
    );
    const acked = answers.flatMap((a) => (a.id ? [a.id] : []));
    expect(acked).toHaveLength(30);
    const stored = await db.selectFrom("reports").select("id").where("channel", "=", channel).execute();
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(acked));
    const [a, b] = await Promise.all([summaryOf(base(0), channel), summaryOf(base(1), channel)]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ reached: 20, failed: 10 });
  });
});
