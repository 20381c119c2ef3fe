import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { axeViolations } from "../axe";
import { frameworkSettled } from "../framework";
import { onePerRoute, sitemapPaths } from "./sitemap";

/**
 * Every page in the sitemap at the phone size, and one page of each route at the desktop size: zero
 * axe violations, and no console errors, CSP violations or hydration warnings in a real browser. The
 * pages of one route share their markup and differ only in data, which the phone run covers in full;
 * what the desktop size changes is layout, the same for every page of a route. The pages are split
 * into slices so the workers share them.
 */
const SLICES = 4;

/** Console warnings that are about us; other warnings (e.g. the browser's own notices) are ignored. */
const OUR_WARNING = /hydrat|did not match|mismatch|Content Security Policy|Permissions-Policy|React/i;

async function problemsOn(page: Page, path: string, messages: string[]): Promise<string[]> {
  messages.length = 0;
  const response = await page.goto(path, { waitUntil: "load" });
  const problems: string[] = [];
  if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status() ?? "no response"}`);
  await frameworkSettled(page);
  for (const violation of await axeViolations(page)) {
    const targets = violation.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join(" | ");
    problems.push(`${path}: axe ${violation.id} (${violation.impact ?? "?"}) ×${violation.nodes.length}: ${targets}`);
  }
  problems.push(...messages.map((m) => `${path}: ${m}`));
  return problems;
}

for (let slice = 0; slice < SLICES; slice++) {
  test(`sitemap pages, slice ${slice + 1}/${SLICES}: axe-clean, no console errors or hydration warnings`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const messages: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      const type = message.type();
      if (type === "error" || (type === "warning" && OUR_WARNING.test(message.text()))) {
        const where = message.location().url;
        messages.push(`console ${type}: ${message.text().slice(0, 300)}${where ? ` (${where})` : ""}`);
      }
    });
    page.on("pageerror", (error) => messages.push(`uncaught: ${error.message.slice(0, 300)}`));
    const all = await sitemapPaths(request);
    const pages = test.info().project.name === "desktop" ? onePerRoute(all) : all;
    const paths = pages.filter((_, i) => i % SLICES === slice);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await problemsOn(page, path, messages)));
    expect(problems, `${paths.length} pages checked`).toEqual([]);
  });
}
