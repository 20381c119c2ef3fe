/**
 * Paint first: a prerendered page asks for nothing before its first paint but its HTML and its stylesheet.
 *
 * Next.js writes the framework's script chunks into the head as `<script async>` (plus preloads) and the web
 * manifest as a `<link>`. On a slow phone connection those downloads share the line with the stylesheet the
 * first paint waits for, and on a fast one the chunks run before the page is painted; either way the answer,
 * already in the HTML, paints after the framework. Next has no option for either, so after `next build` this
 * rewrites each prerendered page: those tags leave the markup, and a small inline loader adds them back once
 * the browser reports the first contentful paint. The page reads and its links work before then; what needs
 * React (search as you type, the composer, "open now") starts a moment after the answer is on screen.
 *
 * Hand-written because it is specific to the markup Next writes; `scripts/paint-first.ts` fails the build
 * when a page no longer looks like that, so a Next upgrade cannot silently undo it.
 */

import { z } from "zod";
import { attributesOf } from "./html-attributes";

/** The elements the loader adds after the first paint: each one's tag and its attributes as Next wrote them. */
const deferredSchema = z.array(
  z.object({ tag: z.enum(["script", "link"]), attributes: z.record(z.string(), z.string()) }),
);
type Deferred = z.infer<typeof deferredSchema>[number];

const DATA_ID = "paint-first";
const TAG = /<(script|link)\b([^>]*?)\/?>(?:<\/script>)?/g;
const FRAMEWORK_CHUNK = /^\/_next\/static\/.+\.js$/;

/**
 * Runs as soon as it is parsed (it is the page's last element). Paint timing reports the first contentful
 * paint after it is on screen, so anything added then cannot delay it. A page that is hidden (a background
 * tab, a prerender) is never painted, and a browser without paint timing never says so: both load at once,
 * and a paint that never comes is given three seconds. ES5, as it runs before any polyfill.
 */
export const LOADER = `(function () {
  var deferred = JSON.parse(document.getElementById("${DATA_ID}").textContent);
  var started = false;
  function start() {
    if (started) return;
    started = true;
    deferred.forEach(function (item) {
      var element = document.createElement(item.tag);
      Object.keys(item.attributes).forEach(function (name) {
        element.setAttribute(name, item.attributes[name]);
      });
      (item.tag === "link" ? document.head : document.body).appendChild(element);
    });
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (document.visibilityState !== "visible" || types.indexOf("paint") < 0) return start();
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: "paint", buffered: true });
  document.addEventListener("visibilitychange", start);
  setTimeout(start, 3000);
})();`;

/** What in Next's markup waits for the first paint; null for tags that stay. */
function deferrable(tag: string, attributes: Record<string, string>): "run" | "drop" | null {
  const chunk = FRAMEWORK_CHUNK.test(attributes.src ?? attributes.href ?? "");
  if (tag === "script" && chunk && "async" in attributes) return "run";
  // The loader's own <script> fetches what these preloaded: a preload would start it before the paint.
  if (tag === "link" && chunk && attributes.rel === "preload" && attributes.as === "script") return "drop";
  if (tag === "link" && attributes.rel === "manifest") return "run";
  return null;
}

export type PaintFirst = { html: string; deferred: Deferred[] };

/**
 * The page with its framework scripts, script preloads and manifest link moved behind the first paint.
 * Throws when the page has no framework script (not Next's markup) or was already rewritten.
 */
export function paintFirst(html: string): PaintFirst {
  if (deferredOf(html)) throw new Error("page already rewritten");
  const deferred: Deferred[] = [];
  const seen = new Set<string>();
  const rewritten = html.replace(TAG, (whole, tag: string, source: string) => {
    const name = tag === "script" ? "script" : "link";
    const attributes = Object.fromEntries(attributesOf(source));
    const action = deferrable(name, attributes);
    if (action === null) return whole;
    const key = attributes.src ?? attributes.href ?? "";
    if (action === "run" && !seen.has(key)) {
      seen.add(key);
      deferred.push({ tag: name, attributes });
    }
    return "";
  });
  if (!deferred.some((d) => d.tag === "script")) throw new Error("no framework <script async> found");
  const end = rewritten.lastIndexOf("</body>");
  if (end < 0) throw new Error("no </body> found");
  // `<` escaped so that no value can close the <script> element early.
  const data = JSON.stringify(deferred).replace(/</g, "\\u003c");
  const tail = `<script type="application/json" id="${DATA_ID}">${data}</script><script>${LOADER}</script>`;
  return { html: rewritten.slice(0, end) + tail + rewritten.slice(end), deferred };
}

const DATA = new RegExp(`<script type="application/json" id="${DATA_ID}">([\\s\\S]*?)</script>`);

/** What a rewritten page adds after its first paint; undefined for a page that was not rewritten. */
export function deferredOf(html: string): Deferred[] | undefined {
  const json = DATA.exec(html)?.[1];
  return json === undefined ? undefined : deferredSchema.parse(JSON.parse(json));
}
