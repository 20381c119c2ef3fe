import { beforeEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../lib/load-directory";
import { getChannelReports, postReport, type ReportDeps } from "../../lib/reports/handlers";
import { RateLimiter } from "../../lib/reports/rate-limit";
import { testDbPerFile } from "./reports-test-db";

const db = testDbPerFile();

const channels = new Set(loadDirectory().channels.map((c) => c.id));
const CHANNEL = "help-email";
const HOST = "ozon.example";

let deps: ReportDeps;

beforeEach(() => {
  deps = {
    db: async () => db(),
    limiter: new RateLimiter({ max: 1000, windowMs: 60_000 }),
    isKnownChannel: (id) => channels.has(id),
  };
});

function post(body: unknown, init: { headers?: Record<string, string>; raw?: string } = {}): Request {
  return new Request(`http://${HOST}/api/v1/reports`, {
    method: "POST",
    headers: { host: HOST, origin: `https://${HOST}`, "content-type": "application/json", ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
}

async function rows() {
  return db().selectFrom("reports").selectAll().execute();
}

async function expectRefused(request: Request, status: number, message: RegExp) {
  const response = await postReport(request, deps);
  expect(response.status).toBe(status);
  const body: unknown = await response.json();
  expect(body).toEqual({ error: expect.stringMatching(message) });
  expect(await rows()).toHaveLength(0);
}

const TOKEN = "browser-token-0123456789";

describe("POST /api/v1/reports", () => {
  it("stores a valid report and answers 201 with its id and the channel's fresh summary", async () => {
    const response = await postReport(
      post({ channel: CHANNEL, outcome: "reached", waitMinutes: 12, comment: "быстро", token: TOKEN }),
      deps,
    );
    expect(response.status).toBe(201);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ id: expect.any(String), summary: { reached: 1, failed: 0, medianWaitMinutes: 12 } });
    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: CHANNEL, outcome: "reached", wait_minutes: 12, comment: "быстро" });
    expect(stored[0]?.client_hash).not.toContain(TOKEN);
  });

  it("updates the same browser's report on the same channel instead of adding another", async () => {
    const first = await postReport(post({ channel: CHANNEL, outcome: "reached", token: TOKEN }), deps);
    const second = await postReport(
      post({ channel: CHANNEL, outcome: "failed", reason: "bot-only", token: TOKEN }),
      deps,
    );
    const a: unknown = await first.json();
    const b: unknown = await second.json();
    expect(b).toMatchObject({ id: Reflect.get(Object(a), "id"), summary: { reached: 0, failed: 1 } });
    expect(await rows()).toEqual([expect.objectContaining({ outcome: "failed", reason: "bot-only" })]);
    await postReport(post({ channel: "buyer-support-chat", outcome: "reached", token: TOKEN }), deps);
    expect(await rows()).toHaveLength(2);
  });

  it("stores emoji, right-to-left and SQL-looking comments verbatim, as plain text", async () => {
    const comments = [
      "Ждал 😤🙈 долго",
      "مرحبا שלום — не ответили",
      "'; DROP TABLE reports; --",
      "<script>alert(1)</script>",
    ];
    for (const [i, comment] of comments.entries()) {
      const response = await postReport(
        post({ channel: CHANNEL, outcome: "failed", comment, token: `${TOKEN}-${i}` }),
        deps,
      );
      expect(response.status).toBe(201);
    }
    const stored = await db().selectFrom("reports").select("comment").execute();
    expect(stored.map((r) => r.comment).sort()).toEqual([...comments].sort());
  });

  it("accepts a JSON content type with a charset parameter", async () => {
    const request = post(
      { channel: CHANNEL, outcome: "failed", reason: "no-answer" },
      { headers: { "content-type": "application/json; charset=utf-8" } },
    );
    expect((await postReport(request, deps)).status).toBe(201);
    expect(await rows()).toEqual([expect.objectContaining({ outcome: "failed", reason: "no-answer" })]);
  });

  it("pretends success for a filled honeypot and stores nothing", async () => {
    const response = await postReport(post({ channel: CHANNEL, outcome: "reached", website: "http://spam" }), deps);
    expect(response.status).toBe(201);
    expect(await rows()).toHaveLength(0);
  });

  it("refuses unknown channels, wrong types and extra fields, naming the field", async () => {
    await expectRefused(post({ channel: "no-such-channel", outcome: "reached" }), 400, /^channel: unknown channel id/);
    await expectRefused(post({ channel: 42, outcome: "reached" }), 400, /^channel: /);
    await expectRefused(post({ channel: CHANNEL, outcome: "maybe" }), 400, /^outcome: must be one of: reached, failed/);
    await expectRefused(post({ channel: CHANNEL, outcome: "reached", extra: 1 }), 400, /unexpected field\(s\): extra/);
    await expectRefused(post({ channel: CHANNEL, outcome: "reached", reason: "closed" }), 400, /^reason: /);
    await expectRefused(post({ channel: CHANNEL, outcome: "failed", reason: "lazy" }), 400, /^reason: must be one of/);
    await expectRefused(
      post({ channel: CHANNEL, outcome: "reached", comment: "x".repeat(501) }),
      400,
      /^comment: .*500/,
    );
    await expectRefused(post([1, 2]), 400, /^body: must be a JSON object/);
    await expectRefused(post(null, { raw: "{not json" }), 400, /^body must be valid JSON/);
  });

  it("refuses negative, fractional and huge waits", async () => {
    await expectRefused(
      post({ channel: CHANNEL, outcome: "reached", waitMinutes: -1 }),
      400,
      /^waitMinutes: must not be negative/,
    );
    await expectRefused(post({ channel: CHANNEL, outcome: "reached", waitMinutes: 1.5 }), 400, /^waitMinutes: .*whole/);
    await expectRefused(
      post({ channel: CHANNEL, outcome: "reached", waitMinutes: 1e9 }),
      400,
      /^waitMinutes: must be at most 600/,
    );
    await expectRefused(post({ channel: CHANNEL, outcome: "reached", waitMinutes: "5" }), 400, /^waitMinutes: /);
  });

  it("refuses __proto__ and constructor keys as unexpected fields without touching any prototype", async () => {
    const raw =
      '{"channel":"help-email","outcome":"reached","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}';
    await expectRefused(post(null, { raw }), 400, /unexpected field\(s\): __proto__, constructor/);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });

  it("refuses a 1 MB body with 413, whether or not its length is declared", async () => {
    const comment = "я".repeat(512 * 1024);
    await expectRefused(post({ channel: CHANNEL, outcome: "reached", comment }), 413, /at most 4096 bytes/);
    // A string body carries no Content-Length header here, so the first refusal came from the byte cap
    // while reading; this one trusts the declared length and reads nothing.
    const declared = post({ channel: CHANNEL, outcome: "reached" }, { headers: { "content-length": "1048576" } });
    await expectRefused(declared, 413, /at most 4096 bytes/);
  });

  it("refuses other content types with 415", async () => {
    const body = JSON.stringify({ channel: CHANNEL, outcome: "reached" });
    await expectRefused(post(null, { raw: body, headers: { "content-type": "text/plain" } }), 415, /application\/json/);
    await expectRefused(
      post(null, { raw: "channel=help-email", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      415,
      /application\/json/,
    );
  });

  it("refuses a missing or foreign Origin with 403", async () => {
    const valid = { channel: CHANNEL, outcome: "reached" };
    await expectRefused(post(valid, { headers: { origin: "https://evil.example" } }), 403, /Origin/);
    const noOrigin = new Request(`http://${HOST}/api/v1/reports`, {
      method: "POST",
      headers: { host: HOST, "content-type": "application/json" },
      body: JSON.stringify(valid),
    });
    await expectRefused(noOrigin, 403, /Origin/);
  });

  it("answers 429 with Retry-After once a client has sent its share", async () => {
    deps.limiter = new RateLimiter({ max: 2, windowMs: 600_000 });
    const ua = { "user-agent": "test", "x-forwarded-for": "203.0.113.9" };
    for (const i of [1, 2]) {
      const response = await postReport(
        post({ channel: CHANNEL, outcome: "reached", token: `${TOKEN}-${i}` }, { headers: ua }),
        deps,
      );
      expect(response.status).toBe(201);
    }
    const refused = await postReport(post({ channel: CHANNEL, outcome: "reached" }, { headers: ua }), deps);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await rows()).toHaveLength(2);
    const other = { "user-agent": "test", "x-forwarded-for": "198.51.100.1" };
    expect((await postReport(post({ channel: CHANNEL, outcome: "reached" }, { headers: other }), deps)).status).toBe(
      201,
    );
  });
});

describe("GET /api/v1/channels/<id>/reports", () => {
  it("gives the 30-day aggregate with a minute of caching", async () => {
    await postReport(post({ channel: CHANNEL, outcome: "reached", waitMinutes: 4, token: `${TOKEN}-a` }), deps);
    await postReport(post({ channel: CHANNEL, outcome: "failed", reason: "no-answer", token: `${TOKEN}-b` }), deps);
    const response = await getChannelReports(CHANNEL, deps);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body: unknown = await response.json();
    expect(body).toMatchObject({
      channel: CHANNEL,
      reached: 1,
      failed: 1,
      medianWaitMinutes: 4,
      lastReportAt: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain("comment");
  });

  it("answers 404 for an unknown channel", async () => {
    const response = await getChannelReports("no-such-channel", deps);
    expect(response.status).toBe(404);
  });
});
