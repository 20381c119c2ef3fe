import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadDirectory } from "../../lib/dataset/load";
import { getChannelReports, postReport, type ReportDeps } from "../../lib/reports/handlers";
import { trustedProxiesFromEnv } from "../../lib/reports/client";
import { reportCreated, reportSummary } from "../../lib/reports/summary";
import { readCreatedSummary, readReportSummary } from "../../lib/reports/summary-reader";
import { testDbPerFile } from "./reports-test-db";

const db = testDbPerFile();

const channels = new Set(loadDirectory().channels.map((c) => c.id));
const CHANNEL = "help-email";
const HOST = "ozon.example";
const TEST_PEER = "x-test-peer";

let deps: ReportDeps;

beforeEach(() => {
  deps = {
    db: async () => db(),
    limits: { max: 1000, windowMs: 60_000 },
    trust: trustedProxiesFromEnv({}),
    // What lib/reports/peer.ts reads from the socket in the server; here each test says who it is.
    peer: (request) => request.headers.get(TEST_PEER) ?? "192.0.2.10",
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
    // The widget keeps only answers of these shapes: one the API no longer gives would hide the summary.
    expect(reportCreated.safeParse(body).success).toBe(true);
    expect(readCreatedSummary(body)).toEqual(reportCreated.parse(body).summary);
    const summary: unknown = await (await getChannelReports(CHANNEL, deps)).json();
    expect(reportSummary.parse(summary)).toMatchObject({ channel: CHANNEL, reached: 1 });
    expect(readReportSummary(summary)).toEqual(summary);
    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: CHANNEL, outcome: "reached", wait_minutes: 12, comment: "быстро" });
    expect(stored[0]?.token_hash).not.toContain(TOKEN);
    expect(JSON.stringify(stored)).not.toContain("192.0.2.10");
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
      post(null, { raw: body, headers: { "content-type": "multipart/form-data; boundary=x" } }),
      415,
      /x-www-form-urlencoded/,
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

  it("answers 429 with Retry-After once a client has sent its share, whatever user agent or X-Forwarded-For", async () => {
    deps.limits = { max: 2, windowMs: 600_000 };
    for (const i of [1, 2]) {
      const headers = { "user-agent": `agent-${i}`, "x-forwarded-for": `203.0.113.${i}` };
      const response = await postReport(
        post({ channel: CHANNEL, outcome: "reached", token: `${TOKEN}-${i}` }, { headers }),
        deps,
      );
      expect(response.status).toBe(201);
    }
    const refused = await postReport(
      post(
        { channel: CHANNEL, outcome: "reached" },
        { headers: { "user-agent": "agent-3", "x-forwarded-for": "198.51.100.3" } },
      ),
      deps,
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await rows()).toHaveLength(2);
    const other = post({ channel: CHANNEL, outcome: "reached" }, { headers: { [TEST_PEER]: "198.51.100.1" } });
    expect((await postReport(other, deps)).status).toBe(201);
  });

  it("counts one IPv6 network (/64) as one client", async () => {
    deps.limits = { max: 1, windowMs: 600_000 };
    const from = (peer: string) => post({ channel: CHANNEL, outcome: "failed" }, { headers: { [TEST_PEER]: peer } });
    expect((await postReport(from("2a02:6b8:c0e:500::1"), deps)).status).toBe(201);
    expect((await postReport(from("2a02:6b8:c0e:500:ffff::2"), deps)).status).toBe(429);
    expect((await postReport(from("2a02:6b8:c0e:501::1"), deps)).status).toBe(201);
  });

  it("reads X-Forwarded-For only through the configured proxies", async () => {
    deps.limits = { max: 1, windowMs: 600_000 };
    deps.trust = trustedProxiesFromEnv({ REPORTS_TRUSTED_PROXIES: "10.0.0.0/8" });
    const via = (peer: string, forwarded: string) =>
      post({ channel: CHANNEL, outcome: "failed" }, { headers: { [TEST_PEER]: peer, "x-forwarded-for": forwarded } });
    expect((await postReport(via("10.0.0.2", "203.0.113.5"), deps)).status).toBe(201);
    // The client wrote its own entry left of the one the proxy appended: still the same client.
    expect((await postReport(via("10.0.0.3", "1.1.1.1, 203.0.113.5"), deps)).status).toBe(429);
    expect((await postReport(via("10.0.0.2", "203.0.113.6"), deps)).status).toBe(201);
  });

  it("identifies nobody, and stores nothing, when the server could not read the peer", async () => {
    deps.peer = () => null;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expectRefused(
      post({ channel: CHANNEL, outcome: "failed" }, { headers: { "x-forwarded-for": "203.0.113.5" } }),
      503,
      /could not tell/,
    );
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/peer address/));
    logged.mockRestore();
  });
});

describe("a scripted flood from one address", () => {
  it("changes nothing published beyond that address's one vote of the day, and raises no warning", async () => {
    deps.limits = { max: 10, windowMs: 3_600_000 };
    const channel = "buyer-support-chat";
    // Five other visitors reached a person.
    for (const i of [1, 2, 3, 4, 5]) {
      const honest = post(
        { channel, outcome: "reached", waitMinutes: 5 },
        { headers: { [TEST_PEER]: `198.51.100.${i}` } },
      );
      expect((await postReport(honest, deps)).status).toBe(201);
    }
    const before = await (await getChannelReports(channel, deps)).json();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const headers = {
        [TEST_PEER]: "203.0.113.66",
        "user-agent": `Mozilla/5.0 flood-${i}`,
        "x-forwarded-for": `10.${i}.0.1, 172.16.${i}.9`,
        "x-real-ip": `192.0.2.${i}`,
      };
      const reason = (["no-answer", "bot-only", "closed"] as const)[i % 3];
      const body = { channel, outcome: "failed", reason, token: `flood-token-${i}-0123456789` };
      statuses.push((await postReport(post(body, { headers }), deps)).status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    expect(await rows()).toHaveLength(15);
    const after: unknown = await (await getChannelReports(channel, deps)).json();
    expect(after).toEqual({ ...Object(before), failed: 1, lastReportAt: expect.any(String) });
    expect(after).toMatchObject({ failingTrend: false, failing: null });
  });
});

describe("the form a browser without scripts sends", () => {
  function form(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
    return post(null, {
      raw: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  it("files the report and sends the browser back to its page, to the confirmation", async () => {
    const response = await postReport(
      form(
        { channel: CHANNEL, outcome: "reached", waitMinutes: "7", reason: "", comment: "" },
        { referer: `https://${HOST}/help/buyers/buyer-order-status` },
      ),
      deps,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/help/buyers/buyer-order-status#report-saved");
    expect(await rows()).toEqual([expect.objectContaining({ outcome: "reached", wait_minutes: 7 })]);
  });

  it("goes back to the channel's page to a message naming the problem, storing nothing, when the form is wrong or too frequent", async () => {
    const invalid = await postReport(form({ channel: CHANNEL, outcome: "reached", waitMinutes: "много" }), deps);
    expect(invalid.status).toBe(303);
    expect(invalid.headers.get("location")).toBe(`/channels/${CHANNEL}#report-invalid`);
    const foreignBack = await postReport(
      form({ channel: CHANNEL, outcome: "maybe" }, { referer: "https://evil.example/channels/x" }),
      deps,
    );
    expect(foreignBack.headers.get("location")).toBe(`/channels/${CHANNEL}#report-invalid`);
    expect(await rows()).toHaveLength(0);
    deps.limits = { max: 1, windowMs: 600_000 };
    await postReport(form({ channel: CHANNEL, outcome: "failed" }), deps);
    const limited = await postReport(form({ channel: CHANNEL, outcome: "failed" }), deps);
    expect(limited.headers.get("location")).toBe(`/channels/${CHANNEL}#report-limited`);
    expect(await rows()).toHaveLength(1);
  });

  it("is refused like JSON from another site, and refuses repeated or prototype fields", async () => {
    await expectRefused(
      form({ channel: CHANNEL, outcome: "failed" }, { origin: "https://evil.example" }),
      403,
      /Origin/,
    );
    const repeated = post(null, {
      raw: "channel=help-email&outcome=failed&outcome=reached",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await expectRefused(repeated, 400, /outcome: given more than once/);
    const proto = await postReport(
      post(null, {
        raw: "channel=help-email&outcome=failed&__proto__=x",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      deps,
    );
    expect(proto.headers.get("location")).toBe(`/channels/${CHANNEL}#report-invalid`);
    expect(await rows()).toHaveLength(0);
  });
});

describe("GET /api/v1/channels/<id>/reports", () => {
  it("gives the 30-day aggregate with a minute of caching", async () => {
    await postReport(
      post({ channel: CHANNEL, outcome: "reached", waitMinutes: 4 }, { headers: { [TEST_PEER]: "198.51.100.1" } }),
      deps,
    );
    await postReport(
      post({ channel: CHANNEL, outcome: "failed", reason: "no-answer" }, { headers: { [TEST_PEER]: "198.51.100.2" } }),
      deps,
    );
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

describe("the widget's reader of a summary", () => {
  const valid = {
    channel: "help-email",
    days: 30,
    reached: 2,
    failed: 5,
    medianWaitMinutes: 12,
    lastReportAt: "2026-12-01T10:00:00.000Z",
    failingTrend: true,
    failing: { visitors: 5, days: 2 },
  };
  const variants: Array<[string, unknown]> = [
    ["valid", valid],
    ["no warning, no wait, no date", { ...valid, failing: null, medianWaitMinutes: null, lastReportAt: null }],
    ["an extra field", { ...valid, extra: 1 }],
    ...Object.keys(valid).map((k): [string, unknown] => [`without ${k}`, { ...valid, [k]: undefined }]),
    ["a negative count", { ...valid, failed: -1 }],
    ["a fractional count", { ...valid, reached: 1.5 }],
    ["a count as text", { ...valid, reached: "2" }],
    ["a wait as text", { ...valid, medianWaitMinutes: "12" }],
    ["a date that is no date", { ...valid, lastReportAt: "вчера" }],
    ["a trend as a number", { ...valid, failingTrend: 1 }],
    ["a warning of no visitors", { ...valid, failing: { visitors: 0, days: 1 } }],
    ["a warning with more", { ...valid, failing: { visitors: 5, days: 2, by: "x" } }],
    ["a list", [valid]],
    ["null", null],
  ];
  it.each(variants)("agrees with the schema on %s", (_name, value) => {
    const schema = reportSummary.safeParse(value);
    expect(readReportSummary(value)).toEqual(schema.success ? schema.data : null);
  });
});
