import { request } from "node:http";
import { startTags } from "./html-tags";
import { pad, pageKinds, runWhenMain, type Step } from "./pages";

/**
 * Transferred weight of each page kind: the HTML plus every same-origin script, stylesheet and font
 * it references or preloads, fetched from the production server with `accept-encoding: gzip` and
 * counted as the compressed body bytes on the wire (headers excluded). 1 kB = 1000 bytes, as DevTools shows.
 */
const BUDGET_KB: Record<string, number> = { home: 175, audience: 175, channel: 175, search: 200 };

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

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7) + " ";

export const weight: Step = async (baseUrl) => {
  const kinds = await pageKinds(baseUrl);
  let passed = true;
  console.log(`${pad("page", 10)}${pad("path", 34)}${"   HTML     CSS      JS   fonts   total "}  budget (kB, gzip)`);
  for (const { kind, path } of kinds) {
    // Ask once uncompressed for the markup to read, once compressed for the bytes on the wire.
    const page = await fetch(`${baseUrl}${path}`);
    const html = await page.text();
    const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0 };
    const all: Resource[] = [{ url: `${baseUrl}${path}`, kind: "html" }, ...referencedResources(html, baseUrl)];
    for (const resource of all) {
      const { bytes, status } = await transferred(resource.url);
      if (status !== 200) throw new Error(`${resource.url} answered ${status}`);
      sizes[resource.kind] += bytes;
    }
    const total = sizes.html + sizes.css + sizes.js + sizes.font;
    const budget = BUDGET_KB[kind] ?? 175;
    const ok = total <= budget * 1000;
    passed &&= ok;
    console.log(
      `${pad(kind, 10)}${pad(path, 34)}${kb(sizes.html)}${kb(sizes.css)}${kb(sizes.js)}${kb(sizes.font)}${kb(total)}  ≤ ${budget} ${ok ? "ok" : "OVER BUDGET"}`,
    );
  }
  return passed;
};

runWhenMain(import.meta.url, weight);
