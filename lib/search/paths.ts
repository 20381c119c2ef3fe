/** Where /search downloads its documents from; written at build time by app/api/v1/search-index.json. */
export const SEARCH_INDEX_URL = "/api/v1/search-index.json";
