/**
 * When `next start` starts: records each request's peer address for the reports API (lib/reports/peer.ts),
 * opens (and on first start creates and migrates) the reports database, and schedules its retention.
 * The database opens here, not on the first report: PGlite's start-up runs WebAssembly that holds the
 * event loop for seconds, which would stall every page request arriving meanwhile. Next waits for this
 * before serving requests.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.STATIC_EXPORT === "1") return;
  const { installPeerStamp } = await import("./lib/reports/peer");
  installPeerStamp();
  const { reportsDb } = await import("./lib/reports/connection");
  const { scheduleRetention } = await import("./lib/reports/retention");
  const { rateLimitFromEnv } = await import("./lib/reports/rate-limit");
  try {
    await reportsDb();
  } catch (error) {
    // Pages do not need the database; the API tries again on its next call and answers 503 meanwhile.
    console.error("The reports database could not be opened", error);
  }
  scheduleRetention(reportsDb, rateLimitFromEnv().windowMs);
}
