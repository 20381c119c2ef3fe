import { pathToFileURL } from "node:url";
import { withServer } from "./server";

/** One quality check: prints its own figures and says whether every threshold was met. */
export type Step = (baseUrl: string) => Promise<boolean>;

/** Every page the site lists in its sitemap, as paths (the sitemap carries SITE_URL's host, not ours). */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/sitemap.xml`);
  if (!response.ok) throw new Error(`/sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = ""]) => new URL(loc.trim()).pathname);
  if (paths.length === 0) throw new Error("/sitemap.xml lists no pages");
  return paths;
}

/**
 * One page of a route. `lighthouse: false` keeps a kind out of the Lighthouse run (three rounds of every
 * kind on a shared machine) while the byte-counting gates still measure it: the comparison of marketplaces
 * is server-rendered markup with no script of its own, which the weight gate covers.
 */
export type PageKind = { kind: string; path: string; lighthouse: boolean; twin?: string };

/** English pages at /en/<segment> that are not an audience's. */
const TOOLS = new Set(["/en/search", "/en/check", "/en/compose"]);

/** An English page's Russian twin: the same address without the prefix. */
function english(kind: PageKind): PageKind {
  return { ...kind, twin: kind.path.replace(/^\/en(?=\/|$)/, "") || "/" };
}

/** The page kinds the speed and weight checks measure: one page of each route the site has. */
export async function pageKinds(baseUrl: string): Promise<PageKind[]> {
  const paths = await sitemapPaths(baseUrl);
  const first = (test: (path: string) => boolean, kind: string, lighthouse = true): PageKind => {
    const path = paths.find(test);
    if (!path) throw new Error(`the sitemap has no ${kind} page`);
    return { kind, path, lighthouse };
  };
  return [
    first((p) => p === "/", "home"),
    first((p) => p === "/buyers", "audience"),
    first((p) => p.startsWith("/channels/"), "channel"),
    first((p) => p.startsWith("/help/"), "topic"),
    first((p) => p === "/check", "check"),
    first((p) => p === "/compose", "compose"),
    first((p) => p === "/search", "search"),
    first((p) => p.endsWith("/marketplaces"), "compare", false),
    // English pages, each held to its Russian twin as well as to the budgets. The English front page is
    // server-rendered links and text with no script of its own, which the weight gate covers.
    english(first((p) => p === "/en", "en-home", false)),
    english(first((p) => /^\/en\/[a-z-]+$/.test(p) && !TOOLS.has(p), "en-audience")),
    english(first((p) => p.startsWith("/en/channels/"), "en-channel")),
    english(first((p) => p.startsWith("/en/help/"), "en-topic")),
    english(first((p) => p === "/en/check", "en-check")),
    english(first((p) => p === "/en/compose", "en-compose")),
    english(first((p) => p === "/en/search", "en-search")),
    english(first((p) => p.startsWith("/en/") && p.endsWith("/marketplaces"), "en-compare", false)),
  ];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function pad(value: string | number, width: number): string {
  const text = String(value);
  return typeof value === "number" ? text.padStart(width) : text.padEnd(width);
}

/** Lets each step run alone (`tsx scripts/quality/weight.ts`) with its own server; exit 1 on a miss. */
export function runWhenMain(moduleUrl: string, step: Step): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(entry).href !== moduleUrl) return;
  withServer(step).then(
    (passed) => {
      process.exitCode = passed ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
