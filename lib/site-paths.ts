import { getAudiences, getChannels, getTopics } from "./data";

/** Every page of the site, for the sitemap and the page-by-page checks. */
export function sitePaths(): string[] {
  return [
    "/",
    "/sources",
    "/search",
    ...getAudiences().map((a) => `/${a.id}`),
    ...getTopics().map((t) => `/help/${t.audience}/${t.id}`),
    ...getChannels().map((c) => `/channels/${c.id}`),
  ];
}
