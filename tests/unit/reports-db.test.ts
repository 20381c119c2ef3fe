import { describe, expect, it } from "vitest";
import { channelSummary, hashClientToken, recentReports, saveReport } from "../../lib/reports/store";
import { migrateToLatest } from "../../lib/reports/migrate";
import { testDbPerFile } from "./reports-test-db";

const db = testDbPerFile();

const DAY = 86_400_000;

describe("reports store", () => {
  it("migrates once: running the migrations again changes nothing", async () => {
    await saveReport(db(), { channel: "a", outcome: "reached" }, "token-1");
    await migrateToLatest(db());
    expect(await db().selectFrom("reports").select("channel").execute()).toEqual([{ channel: "a" }]);
  });

  it("keeps one row per channel and browser, updating it, and keeps a failure reason only with a failure", async () => {
    const first = await saveReport(db(), { channel: "a", outcome: "failed", reason: "closed" }, "token-1");
    const again = await saveReport(db(), { channel: "a", outcome: "reached", waitMinutes: 3 }, "token-1");
    expect(again).toBe(first);
    const rows = await db().selectFrom("reports").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "reached", reason: null, wait_minutes: 3 });
    expect(rows[0]?.updated_at.getTime()).toBeGreaterThanOrEqual(rows[0]?.created_at.getTime() ?? Infinity);
  });

  it("summarises only the last 30 days of one channel", async () => {
    await saveReport(db(), { channel: "a", outcome: "reached", waitMinutes: 5 }, "t1");
    await saveReport(db(), { channel: "a", outcome: "failed" }, "t2");
    await saveReport(db(), { channel: "b", outcome: "failed" }, "t3");
    await saveReport(db(), { channel: "a", outcome: "failed" }, "t4");
    await db()
      .updateTable("reports")
      .set({ updated_at: new Date(Date.now() - 31 * DAY) })
      .where("client_hash", "=", hashClientToken("t4"))
      .execute();
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 1, medianWaitMinutes: 5 });
  });

  it("lists recent reports with their comments for maintainers", async () => {
    await saveReport(db(), { channel: "a", outcome: "failed", comment: "  гудки  " }, "t1");
    const listed = await recentReports(db(), 30);
    expect(listed).toEqual([
      expect.objectContaining({ channel: "a", outcome: "failed", comment: "гудки", createdAt: expect.any(String) }),
    ]);
  });
});
