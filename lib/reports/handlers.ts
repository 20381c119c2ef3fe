import { randomUUID } from "node:crypto";
import { BodyError, bodyKind, readForm, readJson, type BodyKind } from "./body";
import { clientAddress, clientKey, type TrustedProxies } from "./client";
import type { ReportsDb } from "./connection";
import { formOutcomeId, type FormOutcome } from "./form-outcome";
import { describeIssues, reportInput } from "./input";
import { MAX_BODY_BYTES } from "./options";
import { consume, type RateLimitOptions } from "./rate-limit";
import { daySalt } from "./salt";
import { channelSummary, saveReport } from "./store";

/** What the route handlers need, passed in so tests can give a temporary database, limits and peers. */
export interface ReportDeps {
  db: () => Promise<ReportsDb>;
  limits: RateLimitOptions;
  trust: TrustedProxies;
  /** The connection's peer address, as the server saw it (lib/reports/peer.ts); null when unknown. */
  peer: (request: Request) => string | null;
  isKnownChannel: (id: string) => boolean;
}

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: number, message: string, headers?: Record<string, string>): Response {
  return Response.json({ error: message }, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * A browser sends Origin with every POST, a form's included; it must name this site, so another site
 * cannot make its visitors' browsers file reports here. X-Forwarded-Host covers a reverse proxy that
 * rewrites Host.
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

/** Pages that carry the form: the browser goes back to one of these, and the fragment shows the answer. */
const BACK_PATH = /^(?:\/en)?\/(?:channels|help)(?:\/[a-z0-9-]+)+$/;

/**
 * The page the form was sent from: a same-origin POST carries it in Referer (the site's
 * Referrer-Policy keeps the path for its own pages), which lets a topic page's form return to the topic.
 * Without one, or for any other page, the channel's own page.
 */
function backTo(request: Request, channel: unknown): string {
  try {
    const referer = new URL(request.headers.get("referer") ?? "");
    const origin = new URL(request.headers.get("origin") ?? "");
    if (referer.origin === origin.origin && BACK_PATH.test(referer.pathname)) return referer.pathname;
  } catch {
    // No Referer, or not a URL: the channel's page below.
  }
  return typeof channel === "string" && /^[a-z0-9-]+$/.test(channel) ? `/channels/${channel}` : "/";
}

/**
 * Answers one submission. JSON clients get status codes and JSON; a form (a browser without scripts)
 * gets a 303 back to its page, to the static message for the outcome, so reloading never files it twice.
 */
function answer(kind: BodyKind, back: string) {
  return {
    refused(status: number, message: string, outcome: FormOutcome, headers?: Record<string, string>): Response {
      if (kind === "json") return problem(status, message, headers);
      return new Response(null, {
        status: 303,
        headers: { ...NO_STORE, Location: `${back}#${formOutcomeId(outcome)}` },
      });
    },
    created(body: object): Response {
      if (kind === "json") return Response.json(body, { status: 201, headers: NO_STORE });
      return new Response(null, {
        status: 303,
        headers: { ...NO_STORE, Location: `${back}#${formOutcomeId("saved")}` },
      });
    },
  };
}

export async function postReport(request: Request, deps: ReportDeps): Promise<Response> {
  if (!sameOrigin(request)) return problem(403, "Origin header must match the site's host");
  const kind = bodyKind(request);
  if (!kind) return problem(415, "Content-Type must be application/json or application/x-www-form-urlencoded");
  let body: unknown;
  let back = "/";
  try {
    if (kind === "json") body = await readJson(request, MAX_BODY_BYTES);
    else {
      body = await readForm(request, MAX_BODY_BYTES);
      back = backTo(request, Reflect.get(Object(body), "channel"));
    }
  } catch (error) {
    if (error instanceof BodyError) return problem(error.status, error.message);
    throw error;
  }
  const reply = answer(kind, back);
  const parsed = reportInput.safeParse(body);
  if (!parsed.success) return reply.refused(400, describeIssues(parsed.error), "invalid");
  const input = parsed.data;
  if (!deps.isKnownChannel(input.channel)) {
    return reply.refused(400, `channel: unknown channel id "${input.channel}"`, "invalid");
  }
  const address = clientAddress(deps.peer(request), request.headers.get("x-forwarded-for"), deps.trust);
  if (address === null) {
    console.error("A report came without a peer address the server could read; is instrumentation.ts running?");
    return reply.refused(503, "the server could not tell who sent this report; try again later", "failed");
  }
  try {
    const db = await deps.db();
    const key = clientKey(address, await daySalt(db));
    const decision = await consume(db, key, deps.limits);
    if (!decision.allowed) {
      return reply.refused(429, "too many reports from this client; try again later", "limited", {
        "Retry-After": String(decision.retryAfterSeconds),
      });
    }
    // Bots fill every field; people never see this one. They get the usual answer, and nothing is stored.
    if (input.website) return reply.created({ id: randomUUID() });
    const id = await saveReport(db, input, { clientKey: key, token: input.token ?? randomUUID() });
    return reply.created({ id, summary: await channelSummary(db, input.channel) });
  } catch (error) {
    console.error("Saving a report failed", error);
    return reply.refused(503, "the report could not be saved; try again later", "failed");
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
