import type { Metadata } from "next";
import { SITE_NAME } from "./url";

/** The sharing card; listed explicitly because a page's openGraph replaces the layout's whole object. */
const ogImage = {
  url: "/og-image.png",
  width: 1200,
  height: 630,
  alt: "Связь с Ozon: как дозвониться и написать в поддержку Ozon",
};

export const baseOpenGraph = {
  siteName: SITE_NAME,
  locale: "ru_RU",
  type: "website",
  images: [ogImage],
} satisfies Metadata["openGraph"];

/** Canonical URL and og:url for a page, with the shared Open Graph fields repeated. */
export function canonical(path: string): Pick<Metadata, "alternates" | "openGraph"> {
  return { alternates: { canonical: path }, openGraph: { ...baseOpenGraph, url: path } };
}
