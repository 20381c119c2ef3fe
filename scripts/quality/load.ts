import autocannon from "autocannon";
import { pad, pageKinds, runWhenMain, type Step } from "./pages";

/**
 * Drives the production server on loopback: each page for LOAD_SECONDS (default 10) with
 * LOAD_CONNECTIONS (default 10) keep-alive connections, asking for gzip like a browser does.
 * Any connection error, timeout or non-2xx answer fails the check.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);

export const load: Step = async (baseUrl) => {
  const kinds = (await pageKinds(baseUrl)).filter((k) => k.kind === "home" || k.kind === "channel");
  let passed = true;
  console.log(`${pad("page", 10)}${pad("path", 30)}     req/s   p50 ms   p99 ms  requests  errors  timeouts  non-2xx`);
  for (const { kind, path } of kinds) {
    const url = `${baseUrl}${path}`;
    // A short warm-up so the first cold reads of the prerendered files do not count.
    await autocannon({ url, connections: 2, duration: 1, headers: { "accept-encoding": "gzip" } });
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { "accept-encoding": "gzip" },
    });
    const failures = r.errors + r.timeouts + r.non2xx;
    passed &&= failures === 0 && r.requests.total > 0;
    console.log(
      `${pad(kind, 10)}${pad(path, 30)}${pad(Math.round(r.requests.average), 10)}${pad(r.latency.p50, 9)}${pad(r.latency.p99, 9)}` +
        `${pad(r.requests.total, 10)}${pad(r.errors, 8)}${pad(r.timeouts, 10)}${pad(r.non2xx, 9)}`,
    );
  }
  console.log(`load: ${SECONDS} s per page, ${CONNECTIONS} connections, zero errors expected`);
  return passed;
};

runWhenMain(import.meta.url, load);
