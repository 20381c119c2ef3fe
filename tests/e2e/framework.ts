import type { Page } from "@playwright/test";

/**
 * Waits for the load event, which the framework's async scripts hold back, then for an idle moment:
 * hydration and the first prefetches run before it, so axe and the console see the page as it settles.
 */
export async function frameworkSettled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
}
