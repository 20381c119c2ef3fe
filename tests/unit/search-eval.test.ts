import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { comparisonPath } from "@/lib/comparison/questions";
import { CHOICE, evaluate, FLOOR, readQueries } from "../../scripts/search/evaluate";

const directory = loadDirectory();
const comparison = directory.marketplaceComparison;
const queries = readQueries();
const known = new Set([
  "/check",
  ...directory.audiences.map((a) => `/${a.id}`),
  ...directory.topics.map((t) => `/help/${t.audience}/${t.id}`),
  ...directory.channels.map((c) => `/channels/${c.id}`),
  comparisonPath(comparison.audience),
  ...comparison.marketplaces.map((m) => `${comparisonPath(comparison.audience)}#${m.organisation}`),
]);

describe("the public search evaluation", () => {
  it("is big enough and names only pages that exist", () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const audiences = new Set(directory.audiences.map((a) => a.id));
    for (const q of queries) {
      for (const href of [q.first, ...q.also].filter((h) => h !== CHOICE)) expect(known, q.query).toContain(href);
      // A query that expects the audience choice names the audiences it must offer, and only those that exist.
      expect(q.first === CHOICE, q.query).toBe(q.choice !== undefined);
      for (const a of q.choice ?? []) expect(audiences, q.query).toContain(a);
    }
  });
  it.each([
    "holdout",
    "asked",
    "fresh",
    "unseen",
    "december",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "winter",
    "whose",
    "spring",
    "summer",
  ])("its held-out set %s names only pages that exist", (name) => {
    for (const q of readQueries(`tests/search-eval/${name}.json`)) {
      for (const href of [q.first, ...q.also].filter((h) => h !== CHOICE)) expect(known, q.query).toContain(href);
      expect(q.first === CHOICE, q.query).toBe(q.choice !== undefined);
    }
  });
  it("covers every audience and every topic", () => {
    const expected = new Set(queries.flatMap((q) => [q.first, ...q.also]));
    for (const a of directory.audiences) {
      expect(
        queries.some((q) => q.first.startsWith(`/help/${a.id}/`) || q.first === `/${a.id}`),
        a.id,
      ).toBe(true);
    }
    for (const t of directory.topics) expect(expected, t.id).toContain(`/help/${t.audience}/${t.id}`);
  });
  it("stays above the floor (npm run eval:search prints the figures and the misses)", () => {
    const result = evaluate(createSearcher(buildSearchDocs(directory)), queries);
    expect(result.top1).toBeGreaterThanOrEqual(FLOOR.top1);
    expect(result.top3).toBeGreaterThanOrEqual(FLOOR.top3);
    expect(result.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
  });
});
