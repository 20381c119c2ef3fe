import type { Locator } from "@playwright/test";

/**
 * Visible text inside `scope` where Cyrillic has no business on an English page: outside elements marked
 * lang="ru" (the Russian version's link, sources' titles, a request written in Russian) and outside «…»
 * quotes of a Russian on-screen label.
 */
export async function unmarkedRussian(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[lang]")?.getAttribute("lang") === "ru") continue;
      if (parent.closest("script, style, noscript, [hidden], [aria-hidden=true]")) continue;
      const text = (node.textContent ?? "").replace(/«[^»]*»/g, "");
      if (/[А-Яа-яЁё]/.test(text)) found.push(text.trim().slice(0, 120));
    }
    return found;
  });
}
