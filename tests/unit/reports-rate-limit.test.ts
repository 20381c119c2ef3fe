import { describe, expect, it } from "vitest";
import { rateLimitFromEnv } from "../../lib/reports/rate-limit";

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
