import type { Page } from "@playwright/test";

/**
 * Holds back every framework script of the pages `page` opens until the returned function is called, so a
 * test can act on the static page as a visitor does before the framework has loaded.
 */
export async function holdFramework(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

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
