import { describe, expect, it } from "vitest";
import { RateLimiter, rateLimitFromEnv } from "../../lib/reports/rate-limit";

describe("RateLimiter", () => {
  it("allows `max` reports per window per client, then answers with the seconds until the window ends", () => {
    let now = Date.UTC(2026, 11, 2, 10, 0, 0);
    const limiter = new RateLimiter({ max: 2, windowMs: 60_000 }, () => now);
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(true);
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(true);
    now += 15_000;
    expect(limiter.check("1.2.3.4", "ua")).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.check("1.2.3.4", "other browser").allowed).toBe(true);
    expect(limiter.check("5.6.7.8", "ua").allowed).toBe(true);
    now += 45_000;
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(true);
  });

  it("starts afresh on a new UTC day, when the salt changes", () => {
    let now = Date.UTC(2026, 11, 2, 23, 59, 50);
    const limiter = new RateLimiter({ max: 1, windowMs: 3_600_000 }, () => now);
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(true);
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(false);
    now += 20_000;
    expect(limiter.check("1.2.3.4", "ua").allowed).toBe(true);
  });
});

describe("rateLimitFromEnv", () => {
  it("defaults to 10 reports an hour and ignores nonsense", () => {
    expect(rateLimitFromEnv({})).toEqual({ max: 10, windowMs: 3_600_000 });
    expect(rateLimitFromEnv({ REPORTS_RATE_LIMIT: "abc", REPORTS_RATE_WINDOW_SECONDS: "-5" })).toEqual({
      max: 10,
      windowMs: 3_600_000,
    });
    expect(rateLimitFromEnv({ REPORTS_RATE_LIMIT: "500", REPORTS_RATE_WINDOW_SECONDS: "60" })).toEqual({
      max: 500,
      windowMs: 60_000,
    });
  });
});
