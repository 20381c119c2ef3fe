import { request } from "node:http";
import { headTags, startTags } from "./html-tags";
import { pad, pageKinds, runWhenMain, type Step } from "./pages";

/**
 * Transferred weight of each page kind: the HTML plus every same-origin script, stylesheet and font
 * it references or preloads, fetched from the production server with `accept-encoding: gzip` and
 * counted as the compressed body bytes on the wire (headers excluded). 1 kB = 1000 bytes, as DevTools shows.
 * Byte counts and request counts do not depend on the machine, so these budgets hold on any host.
 */
type Budget = { html: number; css: number; js: number; requests: number };
/**
 * HTML went from 18 to 19 kB with the English pages: a root layout per language and the link to the other
 * language cost every page about 0.8 kB, measured beside the build before them (/buyers 17.0 → 17.8 kB,
 * /sellers, the heaviest audience page, 17.6 → 18.5 kB).
 */
const PAGE: Budget = { html: 19, css: 7, js: 155, requests: 14 };
const BUDGETS: Record<string, Budget> = {
  home: PAGE,
  audience: PAGE,
  channel: PAGE,
  topic: PAGE,
  check: PAGE,
  compose: { ...PAGE, js: 190 },
  search: { ...PAGE, js: 160 },
  compare: PAGE,
  "en-compose": { ...PAGE, js: 190 },
  "en-search": { ...PAGE, js: 160 },
};

/** How much more script an English page may load than its Russian twin (kB gzip): its words, nothing else. */
const TWIN_JS_DELTA = 5;

type Kind = "html" | "css" | "js" | "font";
type Resource = { url: string; kind: Kind };

function transferred(url: string): Promise<{ bytes: number; status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        resolve({ bytes: Buffer.concat(chunks).length, status: res.statusCode ?? 0 });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function kindOf(href: string, as: string | undefined): Kind | undefined {
  const path = href.split("?")[0] ?? "";
  if (as === "font" || /\.(woff2?|ttf|otf)$/.test(path)) return "font";
  if (as === "style" || path.endsWith(".css")) return "css";
  if (as === "script" || path.endsWith(".js")) return "js";
  return undefined;
}

/** What a modern browser downloads for the page before it is interactive. */
export function referencedResources(html: string, baseUrl: string): Resource[] {
  const found = new Map<string, Kind>();
  for (const tag of startTags(html, ["script", "link"])) {
    const attrs = tag.attributes;
    // nomodule scripts are legacy polyfills: modern browsers skip them.
    if (tag.name === "script" && attrs.has("nomodule")) continue;
    const href = tag.name === "script" ? attrs.get("src") : attrs.get("href");
    const rel = attrs.get("rel") ?? "";
    if (!href || !href.startsWith("/") || href.startsWith("//")) continue;
    if (tag.name === "link" && !/\b(stylesheet|preload|modulepreload)\b/.test(rel)) continue;
    const kind = kindOf(href, attrs.get("as"));
    if (kind) found.set(new URL(href, baseUrl).href, kind);
  }
  return [...found].map(([url, kind]) => ({ url, kind }));
}

export type PageWeight = { html: string; sizes: Record<Kind, number>; requests: number };

/** Gzip bytes on the wire of a page and of everything it loads; asks once uncompressed for the markup to read. */
export async function pageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const page = await fetch(`${baseUrl}${path}`);
  const html = await page.text();
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0 };
  const all: Resource[] = [{ url: `${baseUrl}${path}`, kind: "html" }, ...referencedResources(html, baseUrl)];
  for (const resource of all) {
    const { bytes, status } = await transferred(resource.url);
    if (status !== 200) throw new Error(`${resource.url} answered ${status}`);
    sizes[resource.kind] += bytes;
  }
  return { html, sizes, requests: all.length };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7) + " ";

/**
 * Resources in <head> that hold the first paint back: stylesheets (one is allowed: the site's own CSS)
 * and scripts that are neither async, deferred nor modules.
 */
export function renderBlocking(html: string): string[] {
  const blocking: string[] = [];
  let stylesheets = 0;
  for (const tag of headTags(html, ["script", "link"])) {
    const attrs = tag.attributes;
    if (tag.name === "link" && /\bstylesheet\b/.test(attrs.get("rel") ?? "") && ++stylesheets > 1) {
      blocking.push(attrs.get("href") ?? "stylesheet");
    }
    // nomodule scripts are legacy polyfills that modern browsers do not even download.
    const loadsLater =
      attrs.has("async") || attrs.has("defer") || attrs.has("nomodule") || attrs.get("type") === "module";
    if (tag.name === "script" && attrs.has("src") && !loadsLater) blocking.push(attrs.get("src") ?? "script");
  }
  return blocking;
}

function overBudget(sizes: Record<Kind, number>, requests: number, budget: Budget): string[] {
  const over: string[] = [];
  for (const key of ["html", "css", "js"] as const) {
    if (sizes[key] > budget[key] * 1000) over.push(`${key} > ${budget[key]} kB`);
  }
  if (requests > budget.requests) over.push(`requests > ${budget.requests}`);
  return over;
}

export const weight: Step = async (baseUrl) => {
  const kinds = await pageKinds(baseUrl);
  let passed = true;
  console.log(`${pad("page", 10)}${pad("path", 34)}${"   HTML     CSS      JS   fonts   total  req"}  (kB gzip)`);
  for (const { kind, path, twin } of kinds) {
    const { html, sizes, requests } = await pageWeight(baseUrl, path);
    const total = sizes.html + sizes.css + sizes.js + sizes.font;
    const budget = BUDGETS[kind] ?? PAGE;
    const twinJs = twin === undefined ? undefined : (await pageWeight(baseUrl, twin)).sizes.js;
    const problems = [
      ...overBudget(sizes, requests, budget),
      ...renderBlocking(html).map((href) => `render-blocking ${href}`),
      ...(twinJs !== undefined && sizes.js > twinJs + TWIN_JS_DELTA * 1000
        ? [`js > ${twin} + ${TWIN_JS_DELTA} kB (${kb(twinJs).trim()})`]
        : []),
    ];
    passed &&= problems.length === 0;
    console.log(
      `${pad(kind, 10)}${pad(path, 34)}${kb(sizes.html)}${kb(sizes.css)}${kb(sizes.js)}${kb(sizes.font)}${kb(total)}${pad(requests, 4)}  ` +
        (problems.length === 0 ? "ok" : `OVER: ${problems.join(", ")}`),
    );
  }
  console.log(
    `weight: budgets (kB gzip) HTML ≤ ${PAGE.html}, CSS ≤ ${PAGE.css}, JS ≤ ${PAGE.js} (search ≤ ${BUDGETS.search?.js}, compose ≤ ${BUDGETS.compose?.js}), ` +
      `requests ≤ ${PAGE.requests}; nothing render-blocking but one stylesheet; an English page's JS ≤ its Russian twin's + ${TWIN_JS_DELTA} kB`,
  );
  return passed;
};

runWhenMain(import.meta.url, weight);
