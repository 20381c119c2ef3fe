/**
 * Starting and stopping `next start` instances and sending reports from chosen loopback addresses, for
 * the benchmark and the two-instance test. Linux routes all of 127.0.0.0/8 to the loopback interface,
 * so a request bound to 127.0.0.23 reaches a server on 127.0.0.1 from a client the server sees as a
 * different peer: as many clients as needed, on one machine, without trusting any header.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";

export interface Instance {
  base: string;
  process: ChildProcess;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `next start` on 127.0.0.1:`port` in its own process group (so kill reaches next's server too). */
export function startNext(port: number, env: Record<string, string>, distDir: string): Instance {
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, ...env },
  });
  return { base: `http://127.0.0.1:${port}`, process: child };
}

/** Waits until the reports API answers (which also opens, or after a crash recovers, the database). */
export async function waitUp(instance: Instance, channel: string, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (instance.process.exitCode !== null) throw new Error(`next start exited with code ${instance.process.exitCode}`);
    try {
      if ((await fetch(`${instance.base}/api/v1/channels/${channel}/reports`)).ok) return Date.now() - started;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${instance.base} did not answer within ${timeoutMs / 1000} s`);
}

export async function stopNext(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const { pid, exitCode } = instance.process;
  if (!pid || exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  process.kill(-pid, signal);
  await exited;
  // The group's other processes (next's server) may outlive the CLI by a moment.
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${instance.base}/`);
      await sleep(100);
    } catch {
      return;
    }
  }
}

export interface Answer {
  status: number;
  body: string;
  location: string | undefined;
}

/** One POST of `body` to `url`, from the loopback address `from`, with the given headers. */
export function postFrom(url: string, body: string, from: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        localAddress: from,
        agent: false,
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            location: response.headers.location,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Sends a JSON report from `from` and returns the answer and, for a 201, the report's id. */
export async function report(
  base: string,
  from: string,
  fields: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; id: string | null }> {
  const answer = await postFrom(`${base}/api/v1/reports`, JSON.stringify(fields), from, {
    "content-type": "application/json",
    origin: base,
    ...headers,
  });
  let id: string | null = null;
  if (answer.status === 201) {
    const value: unknown = Reflect.get(Object(JSON.parse(answer.body)), "id");
    id = typeof value === "string" ? value : null;
  }
  return { status: answer.status, id };
}

/** The published summary of a channel, as an instance serves it. */
export async function summaryOf(base: string, channel: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/api/v1/channels/${channel}/reports`, { cache: "no-store" });
  if (!response.ok) throw new Error(`${base}: summary of ${channel} answered ${response.status}`);
  return Object(await response.json());
}

/** A port nobody listens on, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}
