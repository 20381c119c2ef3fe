import type { SearchIndex } from "./types";
import type { Locale } from "../i18n/locale";
import { isRecord } from "../site/json";

/**
 * Bumped whenever SearchDoc changes shape, so a page holding a stale cached index says so instead
 * of crashing on it.
 */
export const SEARCH_INDEX_VERSION = 8;

/** Written at build time by app/api/v1/search-index.json. */
export const SEARCH_INDEX_URL = "/api/v1/search-index.json";

/**
 * Each language's own file: the English pages' records in their English texts (app/api/v1/search-index.en.json),
 * so that neither language's search page downloads the other's.
 */
export const SEARCH_INDEX_URLS: Readonly<Record<Locale, string>> = {
  ru: SEARCH_INDEX_URL,
  en: "/api/v1/search-index.en.json",
};

/**
 * Our own file, written at build time from the validated dataset: the version and the fields every
 * document is read by are checked, not each nested value. Hand-written rather than zod, whose core
 * would more than double the search bundle.
 */
function isIndex(value: unknown): value is SearchIndex {
  return (
    isRecord(value) &&
    value.version === SEARCH_INDEX_VERSION &&
    Array.isArray(value.docs) &&
    value.docs.every(
      (d: unknown) =>
        isRecord(d) &&
        ["kind", "id", "title", "href", "value", "text"].every((k) => typeof d[k] === "string") &&
        ["phones", "emails", "phrases", "audiences"].every((k) => Array.isArray(d[k])) &&
        typeof d.prior === "number",
    )
  );
}

export function parseSearchIndex(data: unknown): SearchIndex | null {
  return isIndex(data) ? data : null;
}
