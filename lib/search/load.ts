import { createSearcher, type Searcher } from "./search";
import { parseSearchIndex } from "./wire";
import { SEARCH_INDEX_URL } from "./paths";

/** Downloads the prebuilt documents and builds the searcher; loaded on demand by /search only. */
export async function loadSearcher(url: string = SEARCH_INDEX_URL): Promise<Searcher> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
  const index = parseSearchIndex(await response.json());
  if (!index) throw new Error("Search index: unexpected format");
  return createSearcher(index.docs);
}
