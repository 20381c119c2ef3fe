import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { loadSearcherIn } from "@/lib/search/load";
import { termsIn } from "@/lib/search/terms";
import { SEARCH_INDEX_URLS, SEARCH_INDEX_VERSION } from "@/lib/search/wire";
import { englishPages } from "@/lib/i18n/english-pages";

/**
 * The English search: queries a seller abroad types on /en/search (the examples, typos, plurals,
 * numbers and addresses), each with the record that must come first. Written before the English index was
 * tuned; the floor is the share the issue asked for.
 */
type EnglishQuery = { query: string; first: string; tag: string };

const FLOOR = 0.9;

const directory = loadDirectory();
const queries: EnglishQuery[] = JSON.parse(readFileSync("tests/search-eval/english.json", "utf8"));
const docs = buildSearchDocs(directory, "en");
const searcher = createSearcher(docs, "en");

/** The first result as the page shows it: the audience choice, when offered, comes before any record. */
function firstOf(query: string): string {
  const outcome = searcher.run(query);
  return outcome.choice ? "choice" : (outcome.hits[0]?.doc.id ?? "nothing");
}

describe("English terms", () => {
  it("give plural and singular, and other word forms, one stem", () => {
    expect(termsIn("payouts delayed", "en")).toEqual(termsIn("payout delay", "en"));
    expect(termsIn("accounts blocked", "en")).toEqual(termsIn("account blocking", "en"));
  });
  it("drop English stopwords, negations and the brand", () => {
    expect(termsIn("How do I contact Ozon", "en")).toEqual(["contact"]);
    expect(termsIn("payout not received", "en")).toEqual(termsIn("payout received", "en"));
  });
  it("read a word written apart or together as one", () => {
    expect(termsIn("e-mail", "en")).toEqual(termsIn("email", "en"));
    expect(termsIn("cannot login", "en")).toEqual(termsIn("can't log in", "en"));
  });
});

describe("the English search index", () => {
  it("holds the records of the English pages only, at their English addresses and in English", () => {
    const pages = englishPages(directory);
    const shown = new Set([...pages.audiences, ...pages.topics, ...pages.channels]);
    for (const doc of docs) {
      expect(shown, doc.id).toContain(doc.id);
      expect(doc.href, doc.id).toMatch(/^\/en\//);
      for (const text of [doc.title, doc.detail, doc.notOzon ?? "", ...doc.phrases]) {
        expect(text.replace(/«[^»]*»/g, ""), doc.id).not.toMatch(/[а-яё]/i);
      }
    }
    expect(docs.length).toBe(shown.size);
  });
});

describe("the English search evaluation", () => {
  it("has at least 30 queries, each expecting a record the English index holds", () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(docs.map((d) => d.id));
    for (const q of queries) expect(ids, q.query).toContain(q.first);
  });

  it(`opens the expected record first for at least ${FLOOR * 100} % of the queries`, () => {
    const misses = queries.flatMap((q) => {
      const got = firstOf(q.query);
      return got === q.first ? [] : [`«${q.query}» want ${q.first} got ${got}`];
    });
    const top1 = 1 - misses.length / queries.length;
    console.info(`English search: top-1 ${(top1 * 100).toFixed(1)} % of ${queries.length}`, misses);
    expect(top1).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe("the English page's search", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  it("downloads the English index only, and reads it with the English stemmer", async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        fetched.push(url);
        return new Response(JSON.stringify({ version: SEARCH_INDEX_VERSION, docs }));
      }),
    );
    const loaded = await loadSearcherIn("en");
    expect(fetched).toEqual([SEARCH_INDEX_URLS.en]);
    expect(SEARCH_INDEX_URLS.en).not.toBe(SEARCH_INDEX_URLS.ru);
    expect(loaded.run("payouts delayed").hits[0]?.doc.id).toBe("seller-payouts");
  });
});
