import { randomUUID } from "node:crypto";
import { BodyError, readJsonBody } from "./body";
import type { ReportsDb } from "./db";
import { describeIssues, reportInput } from "./input";
import { MAX_BODY_BYTES } from "./options";
import type { RateLimiter } from "./rate-limit";
import { channelSummary, saveReport } from "./store";

/** What the route handlers need, passed in so tests can give a temporary database and their own limits. */
export interface ReportDeps {
  db: () => Promise<ReportsDb>;
  limiter: RateLimiter;
  isKnownChannel: (id: string) => boolean;
}

function problem(status: number, message: string, headers?: Record<string, string>): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * A browser sends Origin with every POST; it must name this site, so another site cannot make its
 * visitors' browsers file reports here. X-Forwarded-Host covers a reverse proxy that rewrites Host.
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")];
  return hosts.some((h) => h !== null && h.toLowerCase() === originHost.toLowerCase());
}

/** Used only to tell clients apart for rate limiting, hashed at once; never stored. */
function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

export async function postReport(request: Request, deps: ReportDeps): Promise<Response> {
  if (!sameOrigin(request)) return problem(403, "Origin header must match the site's host");
  let body: unknown;
  try {
    body = await readJsonBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyError) return problem(error.status, error.message);
    throw error;
  }
  const parsed = reportInput.safeParse(body);
  if (!parsed.success) return problem(400, describeIssues(parsed.error));
  const input = parsed.data;
  if (!deps.isKnownChannel(input.channel)) return problem(400, `channel: unknown channel id "${input.channel}"`);
  const decision = deps.limiter.check(clientAddress(request), request.headers.get("user-agent") ?? "");
  if (!decision.allowed) {
    return problem(429, "too many reports from this client; try again later", {
      "Retry-After": String(decision.retryAfterSeconds),
    });
  }
  // Bots fill every field; people never see this one. They get the usual answer, and nothing is stored.
  if (input.website)
    return Response.json({ id: randomUUID() }, { status: 201, headers: { "Cache-Control": "no-store" } });
  try {
    const db = await deps.db();
    const id = await saveReport(db, input, input.token ?? randomUUID());
    const summary = await channelSummary(db, input.channel);
    return Response.json({ id, summary }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Saving a report failed", error);
    return problem(503, "the report could not be saved; try again later");
  }
}

export async function getChannelReports(channel: string, deps: Pick<ReportDeps, "db" | "isKnownChannel">) {
  if (!deps.isKnownChannel(channel)) return problem(404, `unknown channel id "${channel}"`);
  try {
    const summary = await channelSummary(await deps.db(), channel);
    return Response.json(summary, { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    console.error("Reading reports failed", error);
    return problem(503, "reports are unavailable right now");
  }
}
