import { readFileSync } from "node:fs";
import type { Searcher } from "../../lib/search/search";

/**
 * The public search evaluation: queries written the way people type, each with the page that must
 * come first and others acceptable among the first three. An ambiguous query expects the audience
 * choice first (`first: "choice"`), offering at least the audiences in `choice`.
 */
export type EvalQuery = { query: string; first: string; also: string[]; tag: string; choice?: string[] };

/** What `first` says when the audience choice must come first. */
export const CHOICE = "choice";

export type EvalFigures = { queries: number; top1: number; top3: number; mrr: number };

export type EvalResult = EvalFigures & {
  misses: Array<{ query: string; first: string; got: string[] }>;
  /**
   * Queries whose first result is for an audience the expected page is not for (the choice aside): a
   * seller's question answered with a buyer's topic. The queries that name an audience are most of these.
   */
  otherAudience: string[];
};

/** Measured on tests/search-eval/queries.json; a change that drops below fails `npm run eval:search` and CI. */
export const FLOOR: Omit<EvalFigures, "queries"> = { top1: 0.95, top3: 0.99, mrr: 0.97 };

const QUERIES_FILE = "tests/search-eval/queries.json";

function isEvalQuery(value: unknown): value is EvalQuery {
  if (typeof value !== "object" || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  return (
    typeof v.query === "string" &&
    typeof v.first === "string" &&
    typeof v.tag === "string" &&
    Array.isArray(v.also) &&
    v.also.every((a) => typeof a === "string") &&
    (v.choice === undefined || (Array.isArray(v.choice) && v.choice.every((a) => typeof a === "string")))
  );
}

export function readQueries(file: string = QUERIES_FILE): EvalQuery[] {
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data) || !data.every(isEvalQuery)) throw new Error(`${file}: not a list of evaluation queries`);
  return data;
}

export function evaluate(searcher: Searcher, queries: readonly EvalQuery[]): EvalResult {
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  const misses: EvalResult["misses"] = [];
  const otherAudience: string[] = [];
  const audiencesOf = new Map(searcher.docs.map((d) => [d.href, d.audiences]));
  for (const q of queries) {
    const outcome = searcher.run(q.query);
    const expected = audiencesOf.get(q.first) ?? [];
    const top = outcome.choice ? undefined : outcome.hits[0]?.doc;
    if (top && expected.length > 0 && top.audiences.length > 0 && !top.audiences.some((a) => expected.includes(a)))
      otherAudience.push(q.query);
    const offered = outcome.choice?.map((o) => o.audience) ?? [];
    // The choice is the first result when it is offered: it pushes every page one place down.
    const pages = outcome.hits.map((h) => h.doc.href);
    const asked = offered.length > 0 && (q.choice ?? []).every((a) => offered.includes(a));
    const got = offered.length > 0 ? [`${CHOICE}:${offered.join(",")}`, ...pages] : pages;
    const rank = q.first === CHOICE ? (asked ? 0 : -1) : got.indexOf(q.first);
    const accepted = new Set([q.first, ...q.also]);
    if (rank === 0) top1 += 1;
    else misses.push({ query: q.query, first: q.first, got: got.slice(0, 3) });
    if (rank === 0 || got.slice(0, 3).some((href) => accepted.has(href))) top3 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const n = Math.max(queries.length, 1);
  return { queries: queries.length, top1: top1 / n, top3: top3 / n, mrr: reciprocal / n, misses, otherAudience };
}

export function meetsFloor(r: EvalFigures): boolean {
  return r.top1 >= FLOOR.top1 && r.top3 >= FLOOR.top3 && r.mrr >= FLOOR.mrr;
}
