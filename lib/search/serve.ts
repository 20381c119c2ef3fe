import { getDirectory } from "@/lib/dataset/access";
import type { Locale } from "@/lib/i18n/locale";
import { buildSearchDocs } from "./docs";
import { SEARCH_INDEX_VERSION } from "./wire";
import type { SearchIndex } from "./types";

/** A language's search index file (SEARCH_INDEX_URLS), written once at build time from the dataset. */
export function searchIndexResponse(locale: Locale): Response {
  const body: SearchIndex = { version: SEARCH_INDEX_VERSION, docs: buildSearchDocs(getDirectory(), locale) };
  return Response.json(body);
}
