import type { Metadata } from "next";
import { SITE_NAME } from "./site";

export const baseOpenGraph = { siteName: SITE_NAME, locale: "ru_RU", type: "website" } as const;

/**
 * Canonical URL and og:url for a page. A page's openGraph replaces the layout's
 * whole object, so the shared fields are repeated here.
 */
export function canonical(path: string): Pick<Metadata, "alternates" | "openGraph"> {
  return { alternates: { canonical: path }, openGraph: { ...baseOpenGraph, url: path } };
}
