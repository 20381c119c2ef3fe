import type { Metadata, Viewport } from "next";
import type { Locale } from "../i18n/locale";
import { SITE_NAME, SITE_NAME_EN } from "./url";

/** The sharing card; listed explicitly because a page's openGraph replaces the layout's whole object. */
function ogImage(locale: Locale) {
  return {
    url: "/og-image.png",
    width: 1200,
    height: 630,
    alt:
      locale === "ru"
        ? "Связь с Ozon: как дозвониться и написать в поддержку Ozon"
        : "Reach Ozon: how to call and write to Ozon support",
  };
}

export function baseOpenGraph(locale: Locale) {
  return {
    siteName: locale === "ru" ? SITE_NAME : SITE_NAME_EN,
    locale: locale === "ru" ? "ru_RU" : "en_GB",
    type: "website",
    images: [ogImage(locale)],
  } satisfies Metadata["openGraph"];
}

export const ICONS = {
  icon: [{ url: "/icon.svg", type: "image/svg+xml" }],
  apple: [{ url: "/apple-icon.png", sizes: "180x180", type: "image/png" }],
} satisfies Metadata["icons"];

export const VIEWPORT: Viewport = { width: "device-width", initialScale: 1, themeColor: "#005bff" };

/**
 * Canonical URL and og:url for a page, with the shared Open Graph fields repeated; `twin` is the page's
 * address in the other language, when it has one, for `hreflang`.
 */
export function canonical(
  path: string,
  { locale = "ru", twin }: { locale?: Locale; twin?: string } = {},
): Pick<Metadata, "alternates" | "openGraph"> {
  const languages = twin ? (locale === "ru" ? { ru: path, en: twin } : { ru: twin, en: path }) : undefined;
  return {
    alternates: { canonical: path, ...(languages ? { languages: { ...languages, "x-default": languages.ru } } : {}) },
    openGraph: { ...baseOpenGraph(locale), url: path },
  };
}
