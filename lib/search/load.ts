import type { Locale } from "../i18n/locale";
import { createSearcher, type Searcher } from "./search";
import { parseSearchIndex, SEARCH_INDEX_URL, SEARCH_INDEX_URLS } from "./wire";

/**
 * Downloads the prebuilt documents; loaded on demand by the search page only. The indexes are built on the
 * first query rather than here, so fetching ahead of time (while the page is idle) costs no main-thread
 * work beyond parsing the JSON. `locale` is the language of the documents: it picks the stemmer.
 */
export async function loadSearcher(url: string = SEARCH_INDEX_URL, locale: Locale = "ru"): Promise<Searcher> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
  const index = parseSearchIndex(await response.json());
  if (!index) throw new Error("Search index: unexpected format");
  const { docs } = index;
  let built: Searcher | null = null;
  return { docs, run: (query, options) => (built ??= createSearcher(docs, locale)).run(query, options) };
}

/** The search of the pages in `locale`, from that language's own index. */
export function loadSearcherIn(locale: Locale): Promise<Searcher> {
  return loadSearcher(SEARCH_INDEX_URLS[locale], locale);
}
