import { describe, expect, it } from "vitest";
import { deferredOf, LOADER, paintFirst } from "@/lib/paint-first";

/** The shape of a page as `next build` writes it: chunks in the head and at the end, flight data inline. */
const PAGE = [
  '<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script>',
  '<script src="/_next/static/chunks/two.js" async=""></script>',
  '<link rel="manifest" href="/manifest.webmanifest"/>',
  '<link rel="icon" href="data:image/svg+xml,%3Csvg%3E" type="image/svg+xml"/>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "</head><body><main><h1>Ответ</h1><p>Текст ответа уже в HTML.</p></main>",
  '<script type="application/ld+json">{"@type":"WebSite"}</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script src="/_next/static/chunks/boot.js" async=""></script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script src="/_next/static/chunks/one.js" async=""></script>',
  "</body></html>",
].join("");

describe("paintFirst", () => {
  const { html, deferred } = paintFirst(PAGE);

  it("takes the framework's chunks, their preloads and the manifest out of the markup", () => {
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(one|two|boot)\.js"/);
    expect(html).not.toContain('rel="preload"');
    expect(html).not.toContain('<link rel="manifest"');
  });

  it("leaves what the first paint needs or what never runs: stylesheet, icon, inline scripts, nomodule", () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="icon" href="data:image/svg+xml,%3Csvg%3E" type="image/svg+xml"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script id="_R_">self.__next_r="x"</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      "<main><h1>Ответ</h1><p>Текст ответа уже в HTML.</p></main>",
    ]) {
      expect(html).toContain(kept);
    }
  });

  it("hands each of them to the loader once, in document order, with Next's attributes", () => {
    expect(deferred).toEqual([
      { tag: "script", attributes: { src: "/_next/static/chunks/one.js", async: "" } },
      { tag: "script", attributes: { src: "/_next/static/chunks/two.js", async: "" } },
      { tag: "link", attributes: { rel: "manifest", href: "/manifest.webmanifest" } },
      { tag: "script", attributes: { src: "/_next/static/chunks/boot.js", async: "" } },
    ]);
    expect(deferredOf(html)).toEqual(deferred);
  });

  it("ends the body with the data and the loader, the same loader on every page", () => {
    expect(html.endsWith(`<script>${LOADER}</script></body></html>`)).toBe(true);
    expect(html.indexOf('id="paint-first"')).toBeGreaterThan(html.indexOf("__next_f"));
  });

  it("refuses a page twice and a page without framework scripts", () => {
    expect(() => paintFirst(html)).toThrow(/already/);
    expect(() => paintFirst("<html><body><p>Нет скриптов</p></body></html>")).toThrow(/no framework/);
  });

  it("hands the loader attribute values as text, not markup", () => {
    const page = '<html><body><script src="/_next/static/chunks/a&amp;b.js" async=""></script></body></html>';
    expect(paintFirst(page).deferred[0]?.attributes.src).toBe("/_next/static/chunks/a&b.js");
  });

  it("writes its data so that no value can end the <script> element", () => {
    const page = PAGE.replace("/manifest.webmanifest", "/m<!--</script.webmanifest");
    const out = paintFirst(page).html;
    expect(out).toContain("/m\\u003c!--\\u003c/script.webmanifest");
    expect(deferredOf(out)?.find((d) => d.tag === "link")?.attributes.href).toBe("/m<!--</script.webmanifest");
  });

  it("reads nothing from a page that was not rewritten", () => {
    expect(deferredOf(PAGE)).toBeUndefined();
  });
});
