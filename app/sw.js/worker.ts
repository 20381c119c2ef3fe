import { defaultCache } from "@serwist/turbopack/worker";
import { Serwist, type PrecacheEntry } from "serwist";
import { OFFLINE_PAGE } from "@/lib/site/offline/paths";

/**
 * The service worker, bundled by the route next to it. Every directory page, the framework's chunks and
 * the search index are precached when it installs (the list is written in at build time in place of
 * `self.__SW_MANIFEST`); anything else same-origin is cached as it is used (Serwist's defaults for
 * Next.js), and a page that is neither falls back to the offline page.
 */
declare const self: { readonly __SW_MANIFEST: Array<PrecacheEntry | string> | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // The pages are static: what follows `?` (the search's and the composer's state) is read by the page's
    // own script, so /search?q=… is the precached /search. Only Next's `_rsc` marks a router fetch of the
    // page's payload, which must never be answered with HTML.
    ignoreURLParametersMatching: [/^(?!_rsc$)/],
  },
  // A new deployment takes over at once; the page says so (components/offline/service-worker.tsx).
  skipWaiting: true,
  clientsClaim: true,
  // Precached pages are answered from the cache, so a preloaded response would be fetched for nothing.
  navigationPreload: false,
  runtimeCaching: defaultCache,
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
