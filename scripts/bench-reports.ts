/**
 * Reliability and abuse figures for the reports API against the production build (`npm run build`
 * first): load (mixed POST/GET), a kill -9 while reports are being posted, hostile input, attempts to
 * flip a channel from one address, and — with DATABASE_URL — two instances on one PostgreSQL. Prints
 * figures and exits non-zero when a report that got 201 is missing, a hostile request is not refused, a
 * limit does not hold or an abuse run changed what is published. `npm run bench:reports` runs it with a
 * throwaway Debian PostgreSQL (scripts/with-postgres.sh). BENCH_SECONDS (default 30) and
 * BENCH_CONNECTIONS (default 20) size the load run; BENCH_SECTIONS (comma-separated: load, crash,
 * hostile, abuse, cluster) runs a subset.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openReportsDb } from "../lib/reports/connection";
import { DIST_DIR, assertBuildExists } from "./quality/server";
import { report, startNext, stopNext, summaryOf, waitUp, type Instance } from "./reports-cluster";

/** BENCH_PORT (default 3201) for the PGlite instance; the two PostgreSQL instances take the next two. */
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? "load,crash,hostile,abuse,cluster").split(","));
const DATABASE_URL = process.env.DATABASE_URL;
const CHANNELS = ["help-email", "buyer-support-chat", "seller-support-chat"];
const HEADERS = { "content-type": "application/json", origin: BASE };
const dataDir = mkdtempSync(path.join(tmpdir(), "bench-reports-"));
let ok = true;

const token = () => randomBytes(12).toString("hex");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One instance on PGlite in the bench's DATA_DIR; `limit` reports per client and hour. */
function start(limit = "1000000000"): Instance {
  return startNext(PORT, { DATA_DIR: dataDir, REPORTS_RATE_LIMIT: limit, DATABASE_URL: "" }, DIST_DIR);
}

async function up(instance: Instance): Promise<number> {
  return waitUp(instance, CHANNELS[0] ?? "help-email");
}

/** Reads the database directly, with the server stopped: PGlite allows one process per folder. */
async function withDb<T>(read: (db: Awaited<ReturnType<typeof openReportsDb>>) => Promise<T>): Promise<T> {
  const db = await openReportsDb({ dataDir: path.join(dataDir, "pglite") });
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
}

const storedIds = () =>
  withDb(async (db) => new Set((await db.selectFrom("reports").select("id").execute()).map((r) => r.id)));

function randomReport(channel = CHANNELS[0]) {
  return JSON.stringify({ channel, outcome: Math.random() < 0.5 ? "reached" : "failed", token: token() });
}

async function loadRun(): Promise<void> {
  const server = start();
  await up(server);
  const acked = new Set<string>();
  let i = 0;
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: "POST",
        path: "/api/v1/reports",
        headers: HEADERS,
        setupRequest: (request) => ({ ...request, body: randomReport(CHANNELS[i++ % CHANNELS.length]) }),
        onResponse: (status, body) => {
          const id: unknown = status === 201 ? Reflect.get(Object(JSON.parse(body)), "id") : undefined;
          if (typeof id === "string") acked.add(id);
        },
      },
      { method: "GET", path: `/api/v1/channels/${CHANNELS[1]}/reports` },
    ],
  });
  console.log(`load: ${SECONDS} s, ${CONNECTIONS} connections, POST and GET alternating`);
  console.log(
    `  ${Math.round(result.requests.average)} req/s, ${result.requests.total} requests, p50 ${result.latency.p50} ms, ` +
      `p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  ok &&= result.errors === 0 && result.non2xx === 0;
  await stopNext(server);
  const stored = await storedIds();
  const missing = [...acked].filter((id) => !stored.has(id)).length;
  // autocannon stops at the deadline without waiting for answers in flight: those reports are stored,
  // but their 201 never arrives. There can be at most one such request per connection.
  const unanswered = stored.size - (acked.size - missing);
  console.log(`  rows in the database: ${stored.size}; 201 answers received: ${acked.size}`);
  console.log(
    `  answered with 201 but missing: ${missing}; stored while their answer was cut off at the deadline: ${unanswered}`,
  );
  ok &&= missing === 0 && unanswered <= CONNECTIONS;
}

/** Posts from `workers` loops until stopped; returns the ids the server acknowledged with 201. */
function poster(workers: number) {
  const acked: string[] = [];
  let running = true;
  let failedRequests = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      try {
        const response = await fetch(`${BASE}/api/v1/reports`, {
          method: "POST",
          headers: HEADERS,
          body: randomReport(),
        });
        const body: unknown = await response.json();
        const id: unknown = Reflect.get(Object(body), "id");
        if (response.status === 201 && typeof id === "string") acked.push(id);
      } catch {
        failedRequests++;
        await sleep(20);
      }
    }
  });
  return {
    acked,
    failed: () => failedRequests,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function crashRun(): Promise<void> {
  let server = start();
  await up(server);
  const posting = poster(8);
  await sleep(3000);
  const ackedBeforeKill = posting.acked.length;
  await stopNext(server, "SIGKILL");
  await posting.stop();
  const acked = posting.acked;
  console.log(`crash: kill -9 after 3 s of posting from 8 loops: ${acked.length} acknowledged with 201`);
  console.log(
    `  (${ackedBeforeKill} by the moment of the kill; ${posting.failed()} requests cut off without an answer)`,
  );
  server = start();
  const upMs = await up(server);
  console.log(`  restarted: the API answered ${upMs} ms after start, no manual repair`);
  await stopNext(server);
  const stored = await storedIds();
  const missing = acked.filter((id) => !stored.has(id));
  console.log(`  acknowledged reports found in the database: ${acked.length - missing.length} of ${acked.length}`);
  ok &&= missing.length === 0;
}

type Case = { name: string; init: RequestInit; expect: number; stored?: string };

/** A body with the usual headers that the API must turn down as invalid. */
const refused = (name: string, body: string): Case => ({ name, init: { body }, expect: 400 });

const hostile: Case[] = [
  { name: "1 MB body", init: { body: `{"comment":"${"a".repeat(1024 * 1024)}"}` }, expect: 413 },
  {
    name: "text/plain",
    init: { body: randomReport(), headers: { ...HEADERS, "content-type": "text/plain" } },
    expect: 415,
  },
  {
    name: "multipart form",
    init: { body: "x", headers: { ...HEADERS, "content-type": "multipart/form-data; boundary=x" } },
    expect: 415,
  },
  {
    name: "form, no outcome",
    init: { body: "channel=help-email", headers: { ...HEADERS, "content-type": "application/x-www-form-urlencoded" } },
    expect: 303,
  },
  { name: "no Origin", init: { body: randomReport(), headers: { "content-type": "application/json" } }, expect: 403 },
  {
    name: "foreign Origin",
    init: { body: randomReport(), headers: { ...HEADERS, origin: "https://evil.example" } },
    expect: 403,
  },
  refused("__proto__ key", '{"channel":"help-email","outcome":"reached","__proto__":{"x":1}}'),
  refused("constructor key", '{"channel":"help-email","outcome":"reached","constructor":{}}'),
  refused("unknown channel", '{"channel":"../../etc/passwd","outcome":"reached"}'),
  refused("negative wait", '{"channel":"help-email","outcome":"reached","waitMinutes":-5}'),
  refused("huge wait", '{"channel":"help-email","outcome":"reached","waitMinutes":1e308}'),
  refused("not JSON", "{'channel':"),
  ...["'); DROP TABLE reports; --", "Ждали 40 минут 😤👍🏽", "مرحبا — שלום, ответил человек"].map((comment, i) => ({
    name: ["SQL-looking comment", "emoji comment", "RTL comment"][i] ?? comment,
    init: { body: JSON.stringify({ channel: "help-email", outcome: "reached", comment, token: token() }) },
    expect: 201,
    stored: comment,
  })),
];

async function hostileRun(): Promise<void> {
  const server = start();
  await up(server);
  console.log("hostile input:");
  const expectedComments: string[] = [];
  for (const c of hostile) {
    const response = await fetch(`${BASE}/api/v1/reports`, {
      method: "POST",
      headers: HEADERS,
      redirect: "manual",
      ...c.init,
    });
    const text = await response.text();
    const pass = response.status === c.expect;
    ok &&= pass;
    if (c.stored) expectedComments.push(c.stored);
    const shown = response.status === 303 ? `→ ${response.headers.get("location")}` : text.slice(0, 90);
    console.log(`  ${pass ? "ok  " : "FAIL"} ${c.name.padEnd(20)} ${response.status}  ${shown}`);
  }
  await stopNext(server);
  const comments = await withDb(
    async (db) => new Set((await db.selectFrom("reports").select("comment").execute()).map((r) => r.comment)),
  );
  const verbatim = expectedComments.filter((c) => comments.has(c)).length;
  console.log(`  comments stored verbatim: ${verbatim} of ${expectedComments.length}`);
  ok &&= verbatim === expectedComments.length;
}

interface Attempt {
  name: string;
  /** A channel no other section reports on, so its figures before the attempt are its own. */
  channel: string;
  /** The loopback address the attacker sends from: one machine, one address. */
  from: string;
  count: number;
  pauseMs: number;
  /** Whether the user agent and X-Forwarded-For change with every request too, or only the token. */
  rotateHeaders: boolean;
}

const attempts: Attempt[] = [
  {
    name: "fast, rotating token, UA, XFF",
    channel: "bank-phone-free",
    from: "127.0.0.2",
    count: 40,
    pauseMs: 0,
    rotateHeaders: true,
  },
  {
    name: "slow, rotating token, UA, XFF",
    channel: "travel-chat",
    from: "127.0.0.3",
    count: 15,
    pauseMs: 400,
    rotateHeaders: true,
  },
  {
    name: "fast, rotating token only",
    channel: "guest-chat",
    from: "127.0.0.4",
    count: 6,
    pauseMs: 0,
    rotateHeaders: false,
  },
];

function published(summary: Record<string, unknown>): string {
  return `reached ${String(summary.reached)}, failed ${String(summary.failed)}, warning ${summary.failingTrend ? "yes" : "no"}`;
}

/**
 * Tries to flip channels from one address with the server's default limit: every attempt sends "failed"
 * reports, each with a fresh token (and, in most, a fresh user agent and X-Forwarded-For). Published
 * figures may gain that address's one vote of the day and nothing else; the warning must not appear.
 */
async function abuseRun(): Promise<void> {
  const server = startNext(PORT, { DATA_DIR: dataDir, DATABASE_URL: "" }, DIST_DIR);
  await up(server);
  console.log("abuse: one address tries to make a channel look failing (default rate limit)");
  const results: Array<{
    attempt: Attempt;
    acked: number;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }> = [];
  for (const attempt of attempts) {
    const before = await summaryOf(BASE, attempt.channel);
    const sends = Array.from({ length: attempt.count }, (_, i) => async () => {
      const headers: Record<string, string> = attempt.rotateHeaders
        ? {
            "user-agent": `Mozilla/5.0 (bench ${i}) ${token()}`,
            "x-forwarded-for": `203.0.113.${i % 250}, 10.0.${i}.1`,
          }
        : { "user-agent": "Mozilla/5.0 (bench)" };
      return report(BASE, attempt.from, { channel: attempt.channel, outcome: "failed", token: token() }, headers);
    });
    let answers: Array<{ status: number }>;
    if (attempt.pauseMs === 0) answers = await Promise.all(sends.map((send) => send()));
    else {
      answers = [];
      for (const send of sends) {
        answers.push(await send());
        await sleep(attempt.pauseMs);
      }
    }
    const after = await summaryOf(BASE, attempt.channel);
    results.push({ attempt, acked: answers.filter((a) => a.status === 201).length, before, after });
  }
  await stopNext(server);
  for (const { attempt, acked, before, after } of results) {
    const stored = await withDb(async (db) =>
      Number(
        (
          await db
            .selectFrom("reports")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("channel", "=", attempt.channel)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
    const counted = Number(after.failed) - Number(before.failed);
    // One vote a day from one address is what anyone may cast; more, or a warning, is a forged result.
    const changed =
      counted > 1 || after.reached !== before.reached || (after.failingTrend === true && before.failingTrend !== true);
    ok &&= !changed;
    console.log(`  ${attempt.name}: ${attempt.count} sent to ${attempt.channel} from ${attempt.from}`);
    console.log(`    acknowledged ${acked}, stored ${stored}, counted ${counted}`);
    console.log(
      `    published: ${published(before)} → ${published(after)}; ${changed ? "CHANGED beyond one vote" : "nothing beyond one vote"}`,
    );
  }
}

/**
 * Two instances on one PostgreSQL (DATABASE_URL), requests alternating between them: one client's limit
 * holds across both, every acknowledged report is stored, and both publish the same figures.
 */
async function clusterRun(url: string): Promise<void> {
  const env = { DATABASE_URL: url, REPORTS_RATE_LIMIT: "5" };
  const instances = [startNext(PORT + 1, env, DIST_DIR), startNext(PORT + 2, env, DIST_DIR)];
  try {
    await Promise.all(instances.map((i) => waitUp(i, "help-email")));
    const pick = (i: number) => (instances[i % 2] ?? instances[0])?.base ?? "";
    console.log("two instances on one PostgreSQL, REPORTS_RATE_LIMIT=5, requests alternating");
    const limited = [];
    for (let i = 0; i < 12; i++) {
      limited.push(await report(pick(i), "127.0.0.30", { channel: "help-email", outcome: "failed", token: token() }));
    }
    const limitAcked = limited.filter((a) => a.status === 201).length;
    console.log(
      `  one client, 12 reports: ${limitAcked} acknowledged (limit 5), ${limited.filter((a) => a.status === 429).length} refused with 429`,
    );
    ok &&= limitAcked === 5;
    const channel = "seller-support-chat";
    const many = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        report(pick(i), `127.0.1.${i + 1}`, { channel, outcome: i % 3 === 0 ? "failed" : "reached", token: token() }),
      ),
    );
    const acked = many.flatMap((a) => (a.id ? [a.id] : []));
    const db = await openReportsDb({ url });
    const stored = new Set(
      (await db.selectFrom("reports").select("id").where("channel", "=", channel).execute()).map((r) => r.id),
    );
    await db.destroy();
    const lost = acked.filter((id) => !stored.has(id)).length;
    const [a, b] = await Promise.all(instances.map((i) => summaryOf(i.base, channel)));
    const agree = JSON.stringify(a) === JSON.stringify(b);
    console.log(
      `  60 clients at once: ${acked.length} acknowledged, ${stored.size} stored, ${lost} acknowledged but missing`,
    );
    console.log(
      `  published by each instance: ${published(a ?? {})} | ${published(b ?? {})}; ${agree ? "equal" : "DIFFERENT"}`,
    );
    ok &&= acked.length === 60 && lost === 0 && agree && Number(a?.reached) + Number(a?.failed) === 60;
  } finally {
    await Promise.all(instances.map((i) => stopNext(i)));
  }
}

assertBuildExists();
try {
  if (SECTIONS.has("load")) await loadRun();
  if (SECTIONS.has("crash")) await crashRun();
  if (SECTIONS.has("hostile")) await hostileRun();
  if (SECTIONS.has("abuse")) await abuseRun();
  if (SECTIONS.has("cluster")) {
    if (DATABASE_URL) await clusterRun(DATABASE_URL);
    else console.log("cluster: skipped (no DATABASE_URL; `npm run bench:reports` starts a PostgreSQL for it)");
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(ok ? "bench:reports: ok" : "bench:reports: FAILED");
process.exitCode = ok ? 0 : 1;
