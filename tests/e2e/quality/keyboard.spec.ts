import { expect, test, type Page } from "@playwright/test";

/** What the keyboard user sees on the focused element: its name and whether focus is drawn. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // The site's focus indicator is the global :focus-visible outline (app/globals.css). A box-shadow
    // would not prove anything: cards carry one whether focused or not.
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return {
      key: `${el.tagName.toLowerCase()}|${el.getAttribute("href") ?? ""}|${el.textContent?.trim().slice(0, 40) ?? ""}`,
      visibleFocus: outlined,
      onScreen: box.width >= 1 && box.height >= 1,
    };
  });
}

test("Tab reaches the skip link first; it is visible and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Перейти к содержанию" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(20);
  expect(box?.height ?? 0).toBeGreaterThan(10);
  expect((await focusState(page))?.visibleFocus).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await expect(page).toHaveURL(/#main$/);
});

for (const path of ["/", "/buyers", "/channels/buyer-support-chat", "/search"]) {
  test(`every control on ${path} is reachable by Tab, with a visible focus indicator`, async ({ page }) => {
    await page.goto(path, { waitUntil: "load" });
    // Number every visible focusable element, so that reaching each one can be told apart from duplicates.
    const reachable = await page.evaluate(() => {
      const selector =
        "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
      // checkVisibility also leaves out the contents of a closed <details>, which keep their boxes but not Tab stops.
      const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) =>
        el.checkVisibility({ visibilityProperty: true }),
      );
      visible.forEach((el, i) => el.setAttribute("data-focus-index", String(i)));
      return visible.length;
    });
    const reached = new Set<string>();
    const withoutFocusStyle: string[] = [];
    // Twice round the page at most: a page may start focus inside (autofocus), and Tab wraps past the end.
    for (let i = 0; i < 2 * reachable + 10 && reached.size < reachable; i++) {
      await page.keyboard.press("Tab");
      const state = await focusState(page);
      if (!state) continue;
      const index = await page.evaluate(() => document.activeElement?.getAttribute("data-focus-index") ?? "");
      reached.add(index || state.key);
      if (!state.visibleFocus || !state.onScreen) withoutFocusStyle.push(state.key);
    }
    expect(withoutFocusStyle, "focused without a visible indicator").toEqual([]);
    expect(reached.size, "controls reached by Tab").toBeGreaterThanOrEqual(reachable);
  });
}
