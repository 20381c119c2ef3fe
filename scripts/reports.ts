/**
 * For maintainers: recent visitor reports per channel, comments included, and the channels whose
 * latest reports say they fail. `npm run reports` prints them; `-- --json` exports them for a data
 * review; `-- --days 7` narrows the window (default 30).
 *
 * With PGlite (no DATABASE_URL) it reads a copy of DATA_DIR: PGlite allows one process per folder,
 * and the copy leaves a running server alone.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDirectory } from "../lib/load-directory";
import { locationFromEnv, openReportsDb, type DbLocation } from "../lib/reports/db";
import { failureReasonLabel } from "../lib/reports/options";
import { channelSummary, recentReports, type StoredReport } from "../lib/reports/store";
import type { ReportSummary } from "../lib/reports/summary";

const { values } = parseArgs({ options: { json: { type: "boolean" }, days: { type: "string", default: "30" } } });
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

const titles = new Map(loadDirectory().channels.map((c) => [c.id, c.title]));
const source = readableCopy(locationFromEnv());
const db = await openReportsDb(source.location);
try {
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
  if (values.json) {
    console.log(JSON.stringify({ generatedAt: new Date().toISOString(), days, failing, channels }, null, 2));
  } else {
    console.log(`Reports of the last ${days} days: ${reports.length} on ${channels.length} channels.`);
    console.log(failing.length > 0 ? `Failing trend: ${failing.join(", ")}` : "No channel has a failing trend.");
    for (const c of channels) {
      const s = c.summary;
      const wait = s.medianWaitMinutes === null ? "" : `, median wait ${s.medianWaitMinutes} min`;
      console.log(
        `\n${c.title} (${c.channel}): reached ${s.reached}, failed ${s.failed}${wait}${s.failingTrend ? " — FAILING" : ""}`,
      );
      for (const r of c.reports) {
        const details = [
          r.outcome,
          r.reason ? failureReasonLabel[r.reason] : null,
          r.waitMinutes === null ? null : `${r.waitMinutes} min`,
        ].filter(Boolean);
        console.log(
          `  ${r.updatedAt.slice(0, 16).replace("T", " ")}  ${details.join(", ")}${r.comment ? `\n    «${r.comment}»` : ""}`,
        );
      }
    }
  }
} finally {
  await db.destroy();
  source.cleanup();
}
