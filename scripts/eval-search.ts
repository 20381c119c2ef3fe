/**
 * Search quality. Exits non-zero below the floor.
 *   npm run eval:search                      tests/search-eval/queries.json: top-1, top-3, MRR and the misses
 *   npm run eval:search -- <file.json>       another set in the same format (holdout.json, asked.json)
 *   npm run eval:search -- --generated       the generated set (scripts/search/generated.ts): top-1 per
 *                                            audience and per spelling, and queries that open another
 *                                            audience's answer first
 */
import { loadDirectory } from "../lib/dataset/load";
import { buildSearchDocs } from "../lib/search/docs";
import { createSearcher } from "../lib/search/search";
import { evaluate, FLOOR, meetsFloor, readQueries } from "./search/evaluate";
import {
  evaluateGenerated,
  GENERATED_FLOOR,
  generatedLookalikeQueries,
  generatedProblemQueries,
  generatedQueries,
  type Share,
} from "./search/generated";

const arg = process.argv[2];
const searcher = createSearcher(buildSearchDocs(loadDirectory()));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const share = (s: Share): string => `${pct(s.right / s.of)} of ${s.of}`;

if (arg === "--generated") {
  const queries = [...generatedQueries(), ...generatedProblemQueries(searcher.docs), ...generatedLookalikeQueries()];
  const result = evaluateGenerated(searcher, queries);
  for (const m of result.misses) console.log(`miss  «${m.query}»  want ${m.audience}  got ${m.got}`);
  console.table(Object.fromEntries(Object.entries(result.byAudience).map(([k, s]) => [k, share(s)])));
  console.table(Object.fromEntries(Object.entries(result.bySpelling).map(([k, s]) => [k, share(s)])));
  console.table(Object.fromEntries(Object.entries(result.byProblem).map(([k, s]) => [k, share(s)])));
  console.table(Object.fromEntries(Object.entries(result.byLookalike).map(([k, s]) => [k, share(s)])));
  console.log(
    `${queries.length} generated queries: top-1 ${pct(result.top1)}, another audience's answer first ${result.wrongAudience}`,
  );
  if (result.top1 < GENERATED_FLOOR.top1 || result.wrongAudience > GENERATED_FLOOR.wrongAudience) {
    console.error(`below the floor: top-1 ${pct(GENERATED_FLOOR.top1)}, another audience's answer first 0`);
    process.exitCode = 1;
  }
} else {
  const result = evaluate(searcher, readQueries(arg));
  for (const m of result.misses)
    console.log(`miss  «${m.query}»  want ${m.first}  got ${m.got.join(", ") || "nothing"}`);
  for (const q of result.otherAudience) console.log(`another audience's answer first  «${q}»`);
  console.log(
    `${result.queries} queries: top-1 ${pct(result.top1)}, top-3 ${pct(result.top3)}, MRR ${result.mrr.toFixed(3)}, another audience's answer first ${result.otherAudience.length}`,
  );
  if (!meetsFloor(result)) {
    console.error(`below the floor: top-1 ${pct(FLOOR.top1)}, top-3 ${pct(FLOOR.top3)}, MRR ${FLOOR.mrr}`);
    process.exitCode = 1;
  }
}
