export const LOCALES = ["ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Russian is the site's language: its pages keep the addresses they had before any other language existed. */
export const DEFAULT_LOCALE: Locale = "ru";

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

/** A page's address in a language: Russian at the site's own addresses, every other language under its prefix. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The same page in the other language. */
export type Twin = { href: string; locale: Locale };

/** The page at `path` (its Russian address) in the language other than `locale`, when it is built in both. */
export function twinOf(locale: Locale, path: string, bilingual: boolean): Twin | undefined {
  if (!bilingual) return undefined;
  const other: Locale = locale === "ru" ? "en" : "ru";
  return { href: localePath(other, path), locale: other };
}

/**
 * Marks a link to a Russian page on a page in another language. Spread rather than passed as `undefined`,
 * which a client link would carry in every page's payload.
 */
export function russianLink(locale: Locale): { hrefLang?: "ru" } {
  return locale === "ru" ? {} : { hrefLang: "ru" };
}
