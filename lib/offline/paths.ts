/** The page shown for a page that is not in the cache while the visitor is offline. */
export const OFFLINE_PAGE = "/offline";
