import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's violations on the page as it is now. Legacy mode runs axe once in the page instead of in each
 * frame and then again in a blank page it opens to merge the results: the site has no frames, and the
 * blank page doubled the time of every check. Only violations are collected, not every passing node.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations;
}
