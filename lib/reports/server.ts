import "server-only";
import { getChannels } from "@/lib/dataset/access";
import { trustedProxiesFromEnv } from "./client";
import { reportsDb } from "./connection";
import type { ReportDeps } from "./handlers";
import { peerAddress } from "./peer";
import { rateLimitFromEnv } from "./rate-limit";

let channelIds: Set<string> | undefined;

/** The route handlers' dependencies in the running server: its database, limits, proxies and the dataset's channels. */
export const serverDeps: ReportDeps = {
  db: reportsDb,
  limits: rateLimitFromEnv(),
  trust: trustedProxiesFromEnv(),
  peer: (request) => peerAddress(request.headers),
  isKnownChannel: (id) => {
    channelIds ??= new Set(getChannels().map((c) => c.id));
    return channelIds.has(id);
  },
};
