/**
 * Search benchmark: index build time and per-query latency for the real dataset
 * and for synthetic collections of 1,000 and 10,000 documents grown from it.
 *   npm run bench              a table
 *   npm run bench -- --json    only [{records, buildMs, medianMs, p95Ms}]
 *   npm run bench -- --plain   also time plain fuse.js over every document, for comparison
 */
import Fuse from "fuse.js";
import { loadDirectory } from "../lib/dataset/load";
import { buildSearchDocs } from "../lib/search/docs";
import { createSearcher } from "../lib/search/search";
import { syntheticDocs } from "./search/synthetic";
import { BENCH_QUERIES as QUERIES } from "./search/bench-queries";
import type { SearchDoc } from "../lib/search/types";

/** Each query runs this many times; its time is the median, so a stray pause elsewhere on the machine does not count. */
const ROUNDS = 7;

type Row = { records: number; buildMs: number; medianMs: number; p95Ms: number };

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

function timeOnce(run: (q: string) => unknown, q: string): number {
  const t = performance.now();
  run(q);
  return performance.now() - t;
}

function measure(build: () => (q: string) => unknown, records: number): Row {
  const t0 = performance.now();
  const run = build();
  const buildMs = performance.now() - t0;
  for (const q of QUERIES) run(q);
  const perQuery = QUERIES.map((q) => {
    const times = Array.from({ length: ROUNDS }, () => timeOnce(run, q)).sort((a, b) => a - b);
    return percentile(times, 0.5);
  }).sort((a, b) => a - b);
  return {
    records,
    buildMs: round(buildMs),
    medianMs: round(percentile(perQuery, 0.5)),
    p95Ms: round(percentile(perQuery, 0.95)),
  };
}

function ours(docs: readonly SearchDoc[]): Row {
  return measure(() => {
    const searcher = createSearcher(docs);
    return (q) => searcher.run(q);
  }, docs.length);
}

/** The baseline the issue quotes: one fuse.js over every document and field. */
function plain(docs: readonly SearchDoc[]): Row {
  return measure(() => {
    const fuse = new Fuse(docs, {
      keys: ["title", "phrases", "value", "text"],
      ignoreLocation: true,
      threshold: 0.35,
    });
    return (q) => fuse.search(q.slice(0, 200), { limit: 10 });
  }, docs.length);
}

const tableRow = (r: Row) => ({
  records: r.records,
  "build ms": r.buildMs,
  "median ms": r.medianMs,
  "p95 ms": r.p95Ms,
});

const args = new Set(process.argv.slice(2));
const directory = loadDirectory();
const prepStart = performance.now();
const real = buildSearchDocs(directory);
const prepMs = round(performance.now() - prepStart);
const collections = [real, syntheticDocs(real, 1_000), syntheticDocs(real, 10_000)];
const rows = collections.map(ours);

if (args.has("--json")) {
  console.log(JSON.stringify(rows));
} else {
  console.log(`${QUERIES.length} queries, each timed as the median of ${ROUNDS} runs after a warm-up run`);
  console.log(`documents prepared in ${prepMs} ms (at site build time); build = what the browser does: its indexes`);
  console.table(rows.map(tableRow));
  if (args.has("--plain")) {
    console.log("plain fuse.js over all documents, for comparison:");
    console.table(collections.map(plain).map(tableRow));
  }
}
