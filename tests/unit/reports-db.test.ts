import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateToLatest } from "../../lib/reports/migrate";
import { consume } from "../../lib/reports/rate-limit";
import { applyRetention } from "../../lib/reports/retention";
import { daySalt } from "../../lib/reports/salt";
import { channelSummary, countedReports, recentReports, saveReport, setHidden } from "../../lib/reports/store";
import { testDbPerFile } from "./reports-test-db";

const db = testDbPerFile();

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

/** A report from `client` with browser `token`, `daysBack` days ago. */
function save(channel: string, outcome: "reached" | "failed", client: string, token: string, daysBack = 0) {
  return saveReport(db(), { channel, outcome }, { clientKey: client, token, now: daysAgo(daysBack) });
}

describe("reports store", () => {
  it("migrates once: running the migrations again changes nothing", async () => {
    await save("a", "reached", "c1", "token-1");
    await migrateToLatest(db());
    expect(await db().selectFrom("reports").select("channel").execute()).toEqual([{ channel: "a" }]);
  });

  it("keeps one row per channel, day and browser, updating it, and a failure reason only with a failure", async () => {
    const first = await saveReport(
      db(),
      { channel: "a", outcome: "failed", reason: "closed" },
      { clientKey: "c1", token: "t1" },
    );
    const again = await saveReport(
      db(),
      { channel: "a", outcome: "reached", waitMinutes: 3 },
      { clientKey: "c1", token: "t1" },
    );
    expect(again).toBe(first);
    const rows = await db().selectFrom("reports").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "reached", reason: null, wait_minutes: 3 });
  });

  it("stores every browser's report but counts one per client and day: the client's latest", async () => {
    await save("a", "reached", "c1", "t1");
    await save("a", "failed", "c1", "t2");
    await save("a", "failed", "c1", "t3");
    await save("a", "reached", "c2", "t4");
    await save("a", "failed", "c1", "t5", 1);
    expect(await db().selectFrom("reports").select("id").execute()).toHaveLength(5);
    const counted = await countedReports(db(), "a");
    expect(counted.map((r) => [r.client, r.outcome]).sort()).toEqual([
      ["c1", "failed"],
      ["c1", "failed"],
      ["c2", "reached"],
    ]);
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 2 });
  });

  it("publishes only the last 30 days", async () => {
    await save("a", "reached", "c1", "t1");
    await save("a", "failed", "c2", "t2", 30);
    await save("b", "failed", "c3", "t3");
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 0 });
  });

  it("hidden reports count nowhere: one by id, or every report of one client", async () => {
    const id = await save("a", "failed", "c1", "t1");
    await save("a", "reached", "c1", "t2", 1);
    await save("a", "failed", "c2", "t3");
    await save("b", "failed", "c2", "t4");
    expect(await setHidden(db(), { id }, true)).toBe(1);
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 1 });
    expect(await setHidden(db(), { client: "c2" }, true)).toBe(2);
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 0 });
    expect(await channelSummary(db(), "b")).toMatchObject({ reached: 0, failed: 0 });
    expect(await setHidden(db(), { id: "not-a-uuid" }, true)).toBe(0);
    // Shown again, it counts again; the maintainers' list shows hidden ones marked.
    await setHidden(db(), { id }, false);
    expect(await channelSummary(db(), "a")).toMatchObject({ reached: 1, failed: 1 });
    expect((await recentReports(db(), 30)).filter((r) => r.hidden)).toHaveLength(2);
  });

  it("lists recent reports with their comments and client keys for maintainers", async () => {
    await saveReport(db(), { channel: "a", outcome: "failed", comment: "  гудки  " }, { clientKey: "c1", token: "t1" });
    expect(await recentReports(db(), 30)).toEqual([
      expect.objectContaining({ channel: "a", client: "c1", outcome: "failed", comment: "гудки", hidden: false }),
    ]);
  });
});

describe("retention", () => {
  it("folds reports past the window into counted daily numbers and deletes their rows and comments", async () => {
    await saveReport(
      db(),
      { channel: "a", outcome: "failed", comment: "старый" },
      { clientKey: "c1", token: "t1", now: daysAgo(31) },
    );
    await save("a", "failed", "c1", "t2", 31);
    await save("a", "reached", "c2", "t3", 31);
    const hidden = await save("a", "reached", "c3", "t4", 31);
    await setHidden(db(), { id: hidden }, true);
    await save("a", "reached", "c1", "t5", 29);
    const before = await channelSummary(db(), "a");
    const result = await applyRetention(db(), 3_600_000);
    expect(result.folded).toBe(4);
    const days = await db()
      .selectFrom("report_days")
      .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as("day"), "channel", "reached", "failed"])
      .execute();
    expect(days).toEqual([{ day: daysAgo(31).toISOString().slice(0, 10), channel: "a", reached: 1, failed: 1 }]);
    const left = await db().selectFrom("reports").select("comment").execute();
    expect(left).toEqual([{ comment: null }]);
    // What is published comes from the window only, so folding changes none of it.
    expect(await channelSummary(db(), "a")).toEqual(before);
    expect((await applyRetention(db(), 3_600_000)).folded).toBe(0);
  });

  it("deletes the salts of past days and ended rate-limit windows", async () => {
    const todays = await daySalt(db(), now, "");
    await db().insertInto("daily_salts").values({ day: "2020-01-01", salt: "old" }).execute();
    await consume(db(), "old-client", { max: 5, windowMs: 60_000 }, daysAgo(1));
    await consume(db(), "new-client", { max: 5, windowMs: 60_000 }, now);
    expect(await applyRetention(db(), 60_000, now)).toMatchObject({ saltsDeleted: 1, limitsDeleted: 1 });
    expect(await db().selectFrom("daily_salts").select("salt").execute()).toEqual([{ salt: todays }]);
    expect(await db().selectFrom("rate_limits").select("key").execute()).toEqual([{ key: "new-client" }]);
  });
});

describe("rate limit in the database", () => {
  it("allows `max` per window per key, then gives the seconds until the window ends", async () => {
    const start = new Date(Date.UTC(2026, 11, 2, 10));
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const options = { max: 2, windowMs: 60_000 };
    expect(await consume(db(), "k", options, at(0))).toEqual({ allowed: true });
    expect(await consume(db(), "k", options, at(1))).toEqual({ allowed: true });
    expect(await consume(db(), "k", options, at(15))).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await consume(db(), "other", options, at(15))).toEqual({ allowed: true });
    expect(await consume(db(), "k", options, at(60))).toEqual({ allowed: true });
  });

  it("counts concurrent requests one after another", async () => {
    const options = { max: 5, windowMs: 60_000 };
    const decisions = await Promise.all(Array.from({ length: 20 }, () => consume(db(), "k", options)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });
});

describe("daySalt", () => {
  it("is one salt per UTC day, the same for every caller", async () => {
    const a = await daySalt(db(), new Date(Date.UTC(2026, 11, 2, 1)), "");
    const b = await daySalt(db(), new Date(Date.UTC(2026, 11, 2, 23)), "");
    const c = await daySalt(db(), new Date(Date.UTC(2026, 11, 3, 0)), "");
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(await daySalt(db(), new Date(Date.UTC(2026, 11, 3, 5)), "secret")).toBe(`secret${c}`);
  });
});
