import { sitePaths } from "@/lib/site/paths";
import { SEARCH_INDEX_URL } from "@/lib/search/wire";
import { OFFLINE_PAGE } from "./paths";

/** The manifest every page links to, served from app/ rather than public/, which the worker's glob covers. */
const HEAD_FILES = ["/manifest.webmanifest"];

/**
 * The responses the service worker downloads when it installs, besides the framework's chunks and public/:
 * every page of the sitemap, the offline page and the search index. They change with every build (the
 * markup carries the build's id), so all carry the build's revision.
 */
export function precachedResponses(revision: string): Array<{ url: string; revision: string }> {
  return [...sitePaths(), OFFLINE_PAGE, SEARCH_INDEX_URL, ...HEAD_FILES].map((url) => ({ url, revision }));
}
