/**
 * For maintainers: recent visitor reports per channel, comments included, and what is published.
 *
 *   npm run reports                       list the last 30 days (`-- --days 7` for another window)
 *   npm run reports -- --json             the same as JSON, for a data review
 *   npm run reports -- --hide <id>        hide one report (`--show <id>` shows it again)
 *   npm run reports -- --hide-client <k>  hide every report of one client key (`--show-client <k>`)
 *   npm run reports -- --retention        fold and delete what is past the window now (the server does it hourly)
 *
 * Hidden reports count nowhere. With PGlite (no DATABASE_URL) the list reads a copy of DATA_DIR, so the
 * server can keep running; changes need the folder itself, and PGlite serves one process per folder, so
 * they wait until the server is stopped.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDirectory } from "../lib/dataset/load";
import {
  locationFromEnv,
  openReportsDb,
  pgliteOwner,
  type DbLocation,
  type ReportsDb,
} from "../lib/reports/connection";
import { rateLimitFromEnv } from "../lib/reports/rate-limit";
import { applyRetention } from "../lib/reports/retention";
import { channelSummary, recentReports, setHidden, type StoredReport } from "../lib/reports/store";
import type { ReportSummary } from "../lib/reports/summary";

const { values } = parseArgs({
  options: {
    json: { type: "boolean" },
    days: { type: "string", default: "30" },
    hide: { type: "string" },
    show: { type: "string" },
    "hide-client": { type: "string" },
    "show-client": { type: "string" },
    retention: { type: "boolean" },
  },
});
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1) throw new Error(`--days must be a whole number of days, got "${values.days}"`);

function readableCopy(location: DbLocation): { location: DbLocation; cleanup: () => void } {
  if (!("dataDir" in location)) return { location, cleanup: () => {} };
  if (!existsSync(location.dataDir)) {
    throw new Error(`No reports database at ${location.dataDir} (set DATA_DIR or DATABASE_URL)`);
  }
  const copy = mkdtempSync(path.join(tmpdir(), "reports-review-"));
  cpSync(location.dataDir, copy, { recursive: true });
  // The server's lock file, copied along, would claim the copy is in use.
  rmSync(path.join(copy, "postmaster.pid"), { force: true });
  return { location: { dataDir: copy }, cleanup: () => rmSync(copy, { recursive: true, force: true }) };
}

function writable(location: DbLocation): DbLocation {
  if ("dataDir" in location) {
    const owner = pgliteOwner(location.dataDir);
    if (owner !== null) {
      throw new Error(
        `The server (process ${owner}) has ${location.dataDir} open; stop it first (PGlite allows one process)`,
      );
    }
  }
  return location;
}

async function change(db: ReportsDb): Promise<void> {
  const targets: Array<[{ id: string } | { client: string }, boolean, string]> = [];
  if (values.hide) targets.push([{ id: values.hide }, true, `report ${values.hide}`]);
  if (values.show) targets.push([{ id: values.show }, false, `report ${values.show}`]);
  if (values["hide-client"]) targets.push([{ client: values["hide-client"] }, true, `client ${values["hide-client"]}`]);
  if (values["show-client"])
    targets.push([{ client: values["show-client"] }, false, `client ${values["show-client"]}`]);
  for (const [target, hidden, name] of targets) {
    const changed = await setHidden(db, target, hidden);
    if (changed === 0) throw new Error(`No report matches ${name}`);
    console.log(`${hidden ? "Hidden" : "Shown again"}: ${changed} report(s) of ${name}.`);
  }
  if (values.retention) {
    const result = await applyRetention(db, rateLimitFromEnv().windowMs);
    console.log(
      `Retention: ${result.folded} report(s) folded into daily numbers and deleted; ` +
        `${result.saltsDeleted} old salt(s) and ${result.limitsDeleted} ended rate-limit window(s) deleted.`,
    );
  }
}

async function list(db: ReportsDb): Promise<void> {
  const titles = new Map(loadDirectory().channels.map((c) => [c.id, c.title]));
  const reports = await recentReports(db, days);
  // Not Map.groupBy: the project supports Node 20.
  const byChannel = new Map<string, StoredReport[]>();
  for (const r of reports) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
  const channels: Array<{ channel: string; title: string; summary: ReportSummary; reports: StoredReport[] }> = [];
  for (const [channel, list] of byChannel) {
    channels.push({
      channel,
      title: titles.get(channel) ?? channel,
      summary: await channelSummary(db, channel),
      reports: list,
    });
  }
  const failing = channels.filter((c) => c.summary.failingTrend).map((c) => c.channel);
  // Days past the window survive only as counted numbers (lib/reports/retention.ts).
  const folded = (
    await db
      .selectFrom("report_days")
      .select((eb) => [
        "channel",
        eb.fn.countAll().as("days"),
        eb.fn.sum("reached").as("reached"),
        eb.fn.sum("failed").as("failed"),
      ])
      .groupBy("channel")
      .orderBy("channel")
      .execute()
  ).map((f) => ({ channel: f.channel, days: Number(f.days), reached: Number(f.reached), failed: Number(f.failed) }));
  if (values.json) {
    console.log(JSON.stringify({ generatedAt: new Date().toISOString(), days, failing, channels, folded }, null, 2));
    return;
  }
  for (const f of folded) {
    console.log(
      `Folded, past the window: ${f.channel}: ${f.days} day(s), counted reached ${f.reached}, failed ${f.failed}`,
    );
  }
  console.log(`Reports of the last ${days} days: ${reports.length} stored on ${channels.length} channels.`);
  console.log(failing.length > 0 ? `Failing warning: ${failing.join(", ")}` : "No channel shows the failing warning.");
  for (const c of channels) {
    const s = c.summary;
    const wait = s.medianWaitMinutes === null ? "" : `, median wait ${s.medianWaitMinutes} min`;
    const warning = s.failing ? ` — WARNING, ${s.failing.visitors} visitors over ${s.failing.days} days` : "";
    console.log(`\n${c.title} (${c.channel}): counted reached ${s.reached}, failed ${s.failed}${wait}${warning}`);
    for (const r of c.reports) {
      const details = [
        r.outcome,
        r.reason ?? null,
        r.waitMinutes === null ? null : `${r.waitMinutes} min`,
        r.hidden ? "HIDDEN" : null,
      ].filter(Boolean);
      console.log(
        `  ${r.updatedAt.slice(0, 16).replace("T", " ")}  ${details.join(", ")}  id ${r.id}  client ${r.client}` +
          (r.comment ? `\n    «${r.comment}»` : ""),
      );
    }
  }
}

const changes = Boolean(
  values.hide || values.show || values["hide-client"] || values["show-client"] || values.retention,
);
const location = locationFromEnv();
const source = changes ? { location: writable(location), cleanup: () => {} } : readableCopy(location);
const db = await openReportsDb(source.location);
try {
  if (changes) await change(db);
  else await list(db);
} finally {
  await db.destroy();
  source.cleanup();
}
