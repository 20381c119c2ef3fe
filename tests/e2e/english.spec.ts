import { expect, test, type Page } from "@playwright/test";
import { sitemapPaths } from "./quality/sitemap";
import { readChannel } from "./dataset";
import { unmarkedRussian } from "./english-text";

/**
 * The English pages at the phone size: a seller abroad gets from the Russian page to the English one and
 * through it to a channel, every English page says it in English (Russian only where marked as Russian or
 * quoted as an on-screen label), carries hreflang both ways, and links only to pages that exist.
 */

async function englishPaths(page: Page): Promise<string[]> {
  return (await sitemapPaths(page.request)).filter((p) => p === "/en" || p.startsWith("/en/"));
}

test("a seller abroad goes from the Russian cross-border page to English, to the answer and to the channel", async ({
  page,
}) => {
  await page.goto("/crossborder");
  await page.getByTestId("language").click();
  await expect(page).toHaveURL(/\/en\/crossborder$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selling from abroad");
  await page.getByRole("link", { name: "Sell from abroad" }).click();
  await expect(page).toHaveURL(/\/en\/help\/crossborder\/crossborder-selling$/);
  await expect(page.getByTestId("answer")).toContainText("Write to marketplace.crossborder@ozon.ru.");
  const best = page.locator("[data-recommended]").first();
  await expect(best).toHaveAttribute("data-recommended", "crossborder-email");
  await expect(best).toContainText("Working");
  const title = readChannel("crossborder-email").en?.title ?? "";
  await best.getByRole("link", { name: title }).first().click();
  await expect(page).toHaveURL(/\/en\/channels\/crossborder-email$/);
  await expect(page.getByTestId("channel-value")).toHaveText("marketplace.crossborder@ozon.ru");
  await expect(page.getByRole("heading", { name: "What the sources say" })).toBeVisible();
  await expect(page.getByText(/in Russian/i).first()).toBeVisible();
  await page.getByTestId("language").click();
  await expect(page).toHaveURL(/\/channels\/crossborder-email$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
});

test("a seller's payout question in English names the form's category in English and as the Russian form shows it", async ({
  page,
}) => {
  await page.goto("/en/sellers");
  await page.getByRole("link", { name: "Payouts, reports and bank details" }).click();
  const best = page.locator("[data-recommended]").first();
  await expect(best).toHaveAttribute("data-recommended", "seller-support-chat");
  await expect(best).toContainText("Finance (in the Russian form: «Финансы»)");
  await expect(best).toContainText("business days");
  await expect(page.getByTestId("no-phone")).toContainText("There is no reliable phone number.");
});

test("every English page is in English, with hreflang both ways and its language switch", async ({ page }) => {
  test.setTimeout(240_000);
  const paths = await englishPaths(page);
  expect(paths.length).toBeGreaterThan(10);
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
    if ((await page.locator("html").getAttribute("lang")) !== "en") problems.push(`${path}: html lang`);
    const twin = path === "/en" ? "/" : path.slice(3);
    const ru = await page.locator('link[rel="alternate"][hreflang="ru"]').getAttribute("href");
    const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href");
    if (!ru || new URL(ru).pathname !== twin) problems.push(`${path}: hreflang ru ${ru}`);
    if (!en || new URL(en).pathname !== path) problems.push(`${path}: hreflang en ${en}`);
    for (const text of await unmarkedRussian(page.locator("body"))) problems.push(`${path}: Russian text «${text}»`);
  }
  expect(problems).toEqual([]);
});

test("English pages link only to pages that exist, and mark every link to a Russian page", async ({ page }) => {
  test.setTimeout(240_000);
  const paths = await englishPaths(page);
  const listed = new Set(await sitemapPaths(page.request));
  const problems: string[] = [];
  const checked = new Map<string, number>();
  for (const path of paths) {
    await page.goto(path);
    const links = await page
      .locator("a[href^='/']")
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", lang: a.getAttribute("hreflang") })));
    for (const { href, lang } of links) {
      const target = new URL(href, "http://x").pathname;
      const english = target === "/en" || target.startsWith("/en/");
      // Files (a contact card) are not pages: the status check below covers them.
      const isPage = !/\.[a-z]+$/.test(target);
      if (english && isPage && !listed.has(target)) problems.push(`${path} → ${href}: no such English page`);
      if (!english && !target.startsWith("/api/") && lang !== "ru")
        problems.push(`${path} → ${href}: not marked Russian`);
      if (!checked.has(target)) checked.set(target, (await page.request.get(target)).status());
      if (checked.get(target) !== 200) problems.push(`${path} → ${href}: HTTP ${checked.get(target)}`);
    }
  }
  expect(problems).toEqual([]);
});

test("Russian pages with an English twin offer it, and only those", async ({ page }) => {
  await page.goto("/sellers");
  await expect(page.getByTestId("language")).toHaveAttribute("href", "/en/sellers");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await page.goto("/buyers");
  await expect(page.getByTestId("language")).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("language-home")).toHaveAttribute("href", "/en");
});

test("an English address that does not exist answers 404 with a way back to the English pages", async ({ page }) => {
  const response = await page.goto("/en/buyers");
  expect(response?.status()).toBe(404);
  await page.locator('[lang="en"]').getByRole("link", { name: "Ozon support for sellers, in English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a seller on several marketplaces reads the comparison in English, the other companies marked as not Ozon", async ({
  page,
}) => {
  await page.goto("/en/sellers");
  await page.getByRole("link", { name: /^Seller support compared/ }).click();
  await expect(page).toHaveURL(/\/en\/sellers\/marketplaces$/);
  const cards = page.getByTestId("comparison-cards");
  await expect(cards.locator("[data-marketplace]")).toHaveCount(4);
  await expect(cards.locator('[data-marketplace="wildberries"]')).toContainText("not Ozon");
  await expect(cards.locator('[data-marketplace="ozon"]')).not.toContainText("not Ozon");
  await expect(page.getByRole("heading", { name: "Where to write on other marketplaces" })).toBeVisible();
});
