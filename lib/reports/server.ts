import "server-only";
import { getChannels } from "@/lib/data";
import { reportsDb } from "./db";
import type { ReportDeps } from "./handlers";
import { RateLimiter, rateLimitFromEnv } from "./rate-limit";

let channelIds: Set<string> | undefined;

/** The route handlers' dependencies in the running server: its database, its limits, the dataset's channels. */
export const serverDeps: ReportDeps = {
  db: reportsDb,
  limiter: new RateLimiter(rateLimitFromEnv()),
  isKnownChannel: (id) => {
    channelIds ??= new Set(getChannels().map((c) => c.id));
    return channelIds.has(id);
  },
};
