import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { loadSearcher } from "@/lib/search/load";
import { createSearcher } from "@/lib/search/search";
import { SEARCH_INDEX_VERSION } from "@/lib/search/wire";
import type { SearchIndex } from "@/lib/search/types";

const docs = buildSearchDocs(loadDirectory());

function serve(status: number, body: unknown): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadSearcher", () => {
  it("answers like a searcher built directly from the same documents", async () => {
    const index: SearchIndex = { version: SEARCH_INDEX_VERSION, docs };
    serve(200, index);
    const loaded = await loadSearcher("/index.json");
    const direct = createSearcher(docs);
    expect(loaded.docs).toHaveLength(docs.length);
    for (const query of ["вернуть товар", "88002347000", "b2b@ozon.ru", "jpjy ctkkth"]) {
      const ids = (s: typeof loaded) => s.run(query).hits.map((h) => h.doc.id);
      expect(ids(loaded)).toEqual(ids(direct));
      expect(ids(loaded).length).toBeGreaterThan(0);
    }
  });

  it("fails on an HTTP error and on a body that is not a search index", async () => {
    serve(500, {});
    await expect(loadSearcher("/index.json")).rejects.toThrow("HTTP 500");
    serve(200, { docs: [{ nope: true }] });
    await expect(loadSearcher("/index.json")).rejects.toThrow("unexpected format");
  });
});
