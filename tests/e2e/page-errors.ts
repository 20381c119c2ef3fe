import { expect, type Page, type test as base } from "@playwright/test";

/** Fails every test of the calling spec file in which the page throws: a search that crashes still renders its box. */
export function failOnPageErrors(test: typeof base): void {
  const pageErrors = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on("pageerror", (error) => errors.push(error.message));
  });
  test.afterEach(({ page }) => {
    expect(pageErrors.get(page) ?? []).toEqual([]);
  });
}
