import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

/** The build the checks run against: `next build` output, honouring NEXT_DIST_DIR like next.config.ts. */
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";

export function assertBuildExists(): void {
  if (!existsSync(join(DIST_DIR, "BUILD_ID")) || !existsSync(join(DIST_DIR, "server", "app"))) {
    throw new Error(`No production build in ${DIST_DIR}/. Run \`npm run build\` first (same NEXT_DIST_DIR).`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

async function waitUntilUp(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** `next start` for the build in `dir`/`distDir` on PORT or a free loopback port, in its own process group. */
export async function startNext(dir: string, distDir: string, port?: number): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${chosen}`;
  const next = resolve("node_modules", ".bin", "next");
  // Own process group, so stopping it also stops the server process next spawns.
  const server = spawn(next, ["start", "-p", String(chosen), "-H", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  const kill = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  process.once("exit", kill);
  const stop = async () => {
    kill();
    process.removeListener("exit", kill);
    if (server.exitCode === null) await new Promise((done) => server.once("exit", done));
  };
  try {
    await waitUntilUp(baseUrl, server, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/**
 * Runs `fn` against the production server: BASE_URL when given (a server someone else started),
 * otherwise `next start` on PORT or a free loopback port, stopped afterwards.
 */
export async function withServer<T>(fn: (baseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.BASE_URL) return fn(process.env.BASE_URL.replace(/\/$/, ""));
  assertBuildExists();
  const server = await startNext(".", DIST_DIR, process.env.PORT ? Number(process.env.PORT) : undefined);
  console.log(`server: next start (${DIST_DIR}) on ${server.baseUrl}`);
  try {
    return await fn(server.baseUrl);
  } finally {
    await server.stop();
  }
}
