/** Absolute base for canonical URLs, sitemap and JSON-LD; set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

export const SITE_NAME = "Связь с Ozon";

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/** The site's name on its English pages. */
export const SITE_NAME_EN = "Reach Ozon";
