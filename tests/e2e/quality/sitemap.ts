import type { APIRequestContext } from "@playwright/test";

/** Every page the site lists in /sitemap.xml, as paths on the server under test. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  if (!response.ok()) throw new Error(`/sitemap.xml answered ${response.status()}`);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = ""]) => new URL(loc.trim()).pathname);
  if (paths.length === 0) throw new Error("/sitemap.xml lists no pages");
  return paths;
}
