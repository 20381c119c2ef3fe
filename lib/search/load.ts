import { createSearcher, type Searcher } from "./search";
import { parseSearchIndex, SEARCH_INDEX_URL } from "./wire";

/**
 * Downloads the prebuilt documents; loaded on demand by /search only. The indexes are built on the
 * first query rather than here, so fetching ahead of time (while the page is idle) costs no main-thread
 * work beyond parsing the JSON.
 */
export async function loadSearcher(url: string = SEARCH_INDEX_URL): Promise<Searcher> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
  const index = parseSearchIndex(await response.json());
  if (!index) throw new Error("Search index: unexpected format");
  const { docs } = index;
  let built: Searcher | null = null;
  return { docs, run: (query, options) => (built ??= createSearcher(docs)).run(query, options) };
}
