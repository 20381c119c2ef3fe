import { getAudiences, getChannels } from "./data";

/** Every page of the site, for the sitemap and the page-by-page checks. */
export function sitePaths(): string[] {
  return [
    "/",
    "/sources",
    "/search",
    ...getAudiences().map((a) => `/${a.id}`),
    ...getChannels().map((c) => `/channels/${c.id}`),
  ];
}
