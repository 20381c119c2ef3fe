/**
 * Search quality on the public evaluation set: top-1, top-3 and MRR, and every query whose expected
 * page did not come first. Exits non-zero below the floor in scripts/search/evaluate.ts.
 *   npm run eval:search                      tests/search-eval/queries.json
 *   npm run eval:search -- <file.json>       another set in the same format
 */
import { loadDirectory } from "../lib/load-directory";
import { buildSearchDocs } from "../lib/search/docs";
import { createSearcher } from "../lib/search/search";
import { evaluate, FLOOR, meetsFloor, readQueries } from "./search/evaluate";

const file = process.argv[2];
const searcher = createSearcher(buildSearchDocs(loadDirectory()));
const result = evaluate(searcher, readQueries(file));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

for (const m of result.misses) console.log(`miss  «${m.query}»  want ${m.first}  got ${m.got.join(", ") || "nothing"}`);
console.log(
  `${result.queries} queries: top-1 ${pct(result.top1)}, top-3 ${pct(result.top3)}, MRR ${result.mrr.toFixed(3)}`,
);
if (!meetsFloor(result)) {
  console.error(`below the floor: top-1 ${pct(FLOOR.top1)}, top-3 ${pct(FLOOR.top3)}, MRR ${FLOOR.mrr}`);
  process.exitCode = 1;
}
