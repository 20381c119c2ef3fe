import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import {
  evaluateGenerated,
  GENERATED_FLOOR,
  generatedLookalikeQueries,
  generatedProblemQueries,
  generatedQueries,
  SPELLINGS,
} from "../../scripts/search/generated";

const directory = loadDirectory();
const docs = buildSearchDocs(directory);
const generate = () => [...generatedQueries(), ...generatedProblemQueries(docs), ...generatedLookalikeQueries()];
const queries = generate();

describe("the generated search evaluation", () => {
  it("is the same every run and spells every query in each of the ways", () => {
    expect(generate()).toEqual(queries);
    for (const spelling of SPELLINGS)
      expect(queries.filter((q) => q.spelling === spelling)).toHaveLength(queries.length / SPELLINGS.length);
    // The wrong layout and Latin letters leave no Cyrillic; a slip changes the query.
    for (const q of queries.filter((x) => x.spelling === "layout" || x.spelling === "latin")) {
      expect(q.query, q.query).not.toMatch(/[а-я]/);
    }
    const typed = queries.filter((q) => q.spelling === "typed");
    for (const slip of ["typo", "vowel"]) {
      const slipped = queries.filter((q) => q.spelling === slip);
      expect(slipped.filter((q, i) => q.query !== typed[i]?.query).length, slip).toBeGreaterThan(slipped.length * 0.9);
    }
  });
  it("names only audiences that exist, all but the general ones among them", () => {
    const ids = new Set(directory.audiences.map((a) => a.id));
    const named = new Set(queries.map((q) => q.audience));
    for (const a of named) expect(ids).toContain(a);
    expect(named.size).toBeGreaterThanOrEqual(ids.size - 1);
  });
  it("asks buyers' questions in other audiences' words, each expecting a buyers' topic that exists", () => {
    const lookalikes = queries.filter((q) => q.looksLike !== undefined);
    expect(new Set(lookalikes.map((q) => q.looksLike))).toEqual(
      new Set(["crossborder", "sellers", "law-enforcement", "government", "press"]),
    );
    const hrefs = new Set(docs.map((d) => d.href));
    for (const q of lookalikes) expect(hrefs, q.query).toContain(q.href);
  });
  it("asks for every problem the data shares between audiences, for each audience that has a topic of it", () => {
    const problems = new Set(directory.topics.flatMap((t) => t.problem ?? []));
    expect(new Set(queries.flatMap((q) => q.problem ?? []))).toEqual(problems);
    for (const t of directory.topics.filter((x) => x.problem !== undefined)) {
      const href = `/help/${t.audience}/${t.id}`;
      expect(
        queries.some((q) => q.href === href),
        href,
      ).toBe(true);
    }
  });
  // 2,448 queries: seconds on a busy machine, so it gets room beyond the default 5 s; nothing here is timed.
  it(
    "opens the named audience's answer first (npm run eval:search -- --generated prints the figures)",
    { timeout: 60_000 },
    () => {
      const result = evaluateGenerated(createSearcher(docs), queries);
      expect(result.wrongAudience).toBeLessThanOrEqual(GENERATED_FLOOR.wrongAudience);
      expect(result.top1).toBeGreaterThanOrEqual(GENERATED_FLOOR.top1);
      for (const [audience, s] of Object.entries(result.byAudience))
        expect(s.right / s.of, audience).toBeGreaterThanOrEqual(0.9);
      for (const [problem, s] of Object.entries(result.byProblem))
        expect(s.right / s.of, problem).toBeGreaterThanOrEqual(0.9);
      for (const [looksLike, s] of Object.entries(result.byLookalike))
        expect(s.right / s.of, looksLike).toBeGreaterThanOrEqual(0.9);
    },
  );
});
