import { sql } from "kysely";
import type { ReportsDb } from "./connection";

export interface RateLimitOptions {
  /** Reports one client may send per window. */
  max: number;
  windowMs: number;
}

/** REPORTS_RATE_LIMIT reports per REPORTS_RATE_WINDOW_SECONDS; defaults: 10 an hour. */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): RateLimitOptions {
  const max = Number(env.REPORTS_RATE_LIMIT ?? 10);
  const seconds = Number(env.REPORTS_RATE_WINDOW_SECONDS ?? 3600);
  return {
    max: Number.isFinite(max) && max > 0 ? max : 10,
    windowMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 3600) * 1000,
  };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Fixed-window counters per client key, in the database so that every instance on it shares one limit
 * and a restart keeps it. One statement per request: the upsert takes the row's lock, so concurrent
 * requests from several instances count one after another. The key changes daily with the salt, so old
 * rows are only deleted (lib/reports/retention.ts). A table of our own rather than rate-limiter-flexible:
 * its PostgreSQL store needs a `pg` pool, which PGlite is not, and it costs the same one upsert per request.
 */
export async function consume(
  db: ReportsDb,
  key: string,
  options: RateLimitOptions,
  now = new Date(),
): Promise<RateDecision> {
  const expired = new Date(now.getTime() - options.windowMs);
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${expired} then 1 else rate_limits.count + 1 end`,
        window_start: sql<Date>`case when rate_limits.window_start <= ${expired} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning(["count", "window_start"])
    .executeTakeFirstOrThrow();
  if (row.count <= options.max) return { allowed: true };
  const endsAt = new Date(row.window_start).getTime() + options.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}
