import { describe, expect, it } from "vitest";
import { median } from "@/scripts/quality/pages";
import { referencedResources, renderBlocking } from "@/scripts/quality/weight";
import { onePerRoute } from "@/tests/e2e/quality/sitemap";

describe("renderBlocking", () => {
  it("allows one stylesheet and async, deferred, module and nomodule scripts", () => {
    const html = `<html><head><link rel="stylesheet" href="/a.css"><script src="/a.js" async></script>
      <script src="/b.js" defer></script><script type="module" src="/c.js"></script>
      <script src="/legacy.js" noModule=""></script></head><body><script src="/late.js"></script></body></html>`;
    expect(renderBlocking(html)).toEqual([]);
  });

  it("names a second stylesheet and a parser-blocking script in the head", () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">
      <script src="/sync.js"></script></head>`;
    expect(renderBlocking(html)).toEqual(["/b.css", "/sync.js"]);
  });
});

describe("referencedResources", () => {
  it("counts each stylesheet and script once, preloaded or not, and skips other links", () => {
    const html = `<html><head><link rel="stylesheet" href="/_next/static/a.css">
      <link rel="preload" as="script" href="/_next/static/chunks/boot.js"><script src="/_next/static/chunks/one.js" async=""></script>
      <link rel="manifest" href="/manifest.webmanifest"></head><body><script src="/_next/static/chunks/boot.js" async=""></script></body></html>`;
    const expected = [
      { url: "http://x/_next/static/a.css", kind: "css" },
      { url: "http://x/_next/static/chunks/boot.js", kind: "js" },
      { url: "http://x/_next/static/chunks/one.js", kind: "js" },
    ];
    expect(referencedResources(html, "http://x")).toEqual(expected);
  });
});

describe("median", () => {
  it("takes the middle of an odd count and the upper middle of an even one", () => {
    expect(median([90, 70, 80])).toBe(80);
    expect(median([1, 4, 2, 3])).toBe(3);
    expect(median([])).toBe(0);
  });
});

describe("onePerRoute", () => {
  it("keeps every one-segment page and the first page of each deeper route", () => {
    const paths = ["/", "/buyers", "/check", "/channels/a", "/channels/b", "/help/x/y", "/help/x/z", "/check/8-800"];
    expect(onePerRoute(paths)).toEqual(["/", "/buyers", "/check", "/channels/a", "/help/x/y", "/check/8-800"]);
  });
});
