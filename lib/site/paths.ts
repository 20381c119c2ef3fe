import {
  confidenceOf,
  getAudiences,
  getChannels,
  getComparison,
  getEnglishPages,
  getTopics,
  organisationOf,
} from "../dataset/access";
import { localePath } from "../i18n/locale";
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

/**
 * The English pages, each with its Russian twin. Not in the offline precache: a visitor reading Russian pages
 * has no use for them, and the English part is a handful of pages a seller opens online.
 */
export function englishSitePaths(): Array<{ path: string; twin: string }> {
  const english = getEnglishPages();
  const twins = [
    "/",
    "/search",
    "/check",
    "/compose",
    ...[...english.audiences].map((id) => `/${id}`),
    ...getTopics()
      .filter((t) => english.topics.has(t.id))
      .map((t) => `/help/${t.audience}/${t.id}`),
    ...(english.comparison ? [comparisonPath(getComparison().audience)] : []),
    ...[...english.channels].map((id) => `/channels/${id}`),
  ];
  return twins.map((twin) => ({ path: localePath("en", twin), twin }));
}
