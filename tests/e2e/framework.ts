import type { Page } from "@playwright/test";

/**
 * Waits until the page's framework scripts, which it loads after its first paint (lib/paint-first.ts),
 * have all been fetched, then for an idle moment: hydration and the first prefetches run before it.
 * `load` alone is not enough: it can fire before the first paint, and so before the framework starts.
 */
export async function frameworkSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const data = document.getElementById("paint-first")?.textContent;
    if (!data) return true;
    const fetched = new Set(performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
    const wanted: unknown = JSON.parse(data);
    return (
      Array.isArray(wanted) &&
      wanted.every((item: { tag?: string; attributes?: { src?: string } }) => {
        const src = item.tag === "script" ? item.attributes?.src : undefined;
        return src === undefined || fetched.has(src);
      })
    );
  });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
}
