import { confidenceOf, getAudiences, getChannels, getComparison, getTopics, organisationOf } from "../dataset/access";
import { contactSlug, toCheckEntries } from "../check/match";
import { comparisonPath } from "../comparison/questions";

/** Every page of the site, for the sitemap and the page-by-page checks. */
export function sitePaths(): string[] {
  return [
    "/",
    "/sources",
    "/search",
    "/check",
    "/compose",
    ...getAudiences().map((a) => `/${a.id}`),
    comparisonPath(getComparison().audience),
    ...getTopics().map((t) => `/help/${t.audience}/${t.id}`),
    ...getChannels().map((c) => `/channels/${c.id}`),
    ...toCheckEntries(getChannels(), organisationOf, confidenceOf).flatMap((e) => {
      const slug = contactSlug(e);
      return slug ? [`/check/${slug}`] : [];
    }),
  ];
}
