import { createHash, randomBytes } from "node:crypto";

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
 * Fixed-window counters per client, kept in memory only. A client is a hash of IP and user agent with
 * a random salt that is replaced every UTC day, so no address is stored and yesterday's keys cannot be
 * linked to today's.
 */
export class RateLimiter {
  private salt = "";
  private saltDay = "";
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  private keyFor(ip: string, userAgent: string, now: number): string {
    const day = new Date(now).toISOString().slice(0, 10);
    if (day !== this.saltDay) {
      this.salt = randomBytes(16).toString("hex");
      this.saltDay = day;
      this.windows.clear();
    }
    return createHash("sha256").update(`${this.salt}\n${ip}\n${userAgent}`).digest("base64url");
  }

  check(ip: string, userAgent: string): RateDecision {
    const now = this.clock();
    const key = this.keyFor(ip, userAgent, now);
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.options.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.prune(now);
      return { allowed: true };
    }
    if (current.count >= this.options.max) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((current.start + this.options.windowMs - now) / 1000)),
      };
    }
    current.count += 1;
    return { allowed: true };
  }

  /** Drops finished windows now and then, so memory stays bounded by the clients of one window. */
  private prune(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
  }
}
