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

/** The first page of each route: "/channels/a" and "/channels/b" are one route, "/buyers" and "/check" two. */
export function onePerRoute(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const segments = path.split("/").filter(Boolean);
    const route = segments.length <= 1 ? path : `/${segments[0]}/${segments.length}`;
    if (seen.has(route)) return false;
    seen.add(route);
    return true;
  });
}
