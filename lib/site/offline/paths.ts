/** Where the service worker is served; at the root, so that its default scope is the whole site. */
export const SERVICE_WORKER_URL = "/sw.js";

/** The page shown for a page that is not in the cache while the visitor is offline. */
export const OFFLINE_PAGE = "/offline";
