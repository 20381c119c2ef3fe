import { expect, test, type Locator, type Page } from "@playwright/test";
import { readChannel } from "./dataset";
import { unmarkedRussian } from "./english-text";

/**
 * The number check in English, at the phone size: a seller abroad pastes what called or wrote them "from Ozon"
 * and learns whose it is in English, with the same safety advice as the Russian page and links to English pages.
 */

const field = (page: Page) => page.getByLabel("Phone number or e-mail address");
const verdict = (page: Page) => page.getByTestId("check-result").locator("[data-verdict]");

async function check(page: Page, input: string) {
  await field(page).fill(input);
  await page.getByRole("button", { name: "Check", exact: true }).click();
}

/** Cyrillic outside lang="ru" and «…», and links to Russian pages not marked as such, inside `scope`. */
async function notEnglish(scope: Locator): Promise<string[]> {
  const texts = (await unmarkedRussian(scope)).map((t) => `text: ${t}`);
  const links = await scope.evaluate((root) => {
    const found: string[] = [];
    for (const a of root.querySelectorAll("a[href^='/']")) {
      const href = a.getAttribute("href") ?? "";
      const english = href === "/en" || href.startsWith("/en/") || href.startsWith("/en?");
      if (!english && !href.startsWith("/api/") && a.getAttribute("hreflang") !== "ru") found.push(`link: ${href}`);
    }
    return found;
  });
  return [...texts, ...links];
}

test("Ozon's seller e-mail is Ozon's, links to its English page, and the answer survives a reload", async ({
  page,
}) => {
  const email = readChannel("seller-email").value ?? "";
  await page.goto("/en/check");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await check(page, email);
  await expect(verdict(page)).toHaveAttribute("data-verdict", "active");
  await expect(verdict(page)).toContainText("This address is listed in the sources as Ozon's");
  await expect(verdict(page)).toContainText("Working");
  await expect(verdict(page)).toContainText("the sender's address can be forged");
  await expect(verdict(page).locator('a[href="/en/channels/seller-email"]').first()).toBeVisible();
  expect(await notEnglish(verdict(page))).toEqual([]);
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(email);

  await page.reload();
  await expect(verdict(page)).toHaveAttribute("data-verdict", "active");
  await expect(field(page)).toHaveValue(email);
  await verdict(page).locator('a[href="/en/channels/seller-email"]').first().click();
  await expect(page).toHaveURL(/\/en\/channels\/seller-email$/);
});

test("a third party's number from the dataset is not Ozon's, in English", async ({ page }) => {
  const sellermarket = readChannel("sellermarket-phone");
  await page.goto(`/en/check?q=${encodeURIComponent(sellermarket.value ?? "")}`);
  await expect(verdict(page)).toHaveAttribute("data-verdict", "third-party");
  await expect(verdict(page)).toContainText("This number belongs to SellerMARKET, not Ozon");
  await expect(verdict(page)).toContainText("Not Ozon");
  await expect(verdict(page)).toContainText("This is an advertiser's contact");
  await expect(verdict(page)).toContainText(`${sellermarket.en?.title ?? ""}, owner: SellerMARKET.`);
  expect(await notEnglish(verdict(page))).toEqual([]);
});

test("an unknown number gets the English safety advice and the sellers' official channels", async ({ page }) => {
  await page.goto("/en/check");
  await check(page, "+7 999 000-11-22");
  await expect(verdict(page)).toHaveAttribute("data-verdict", "unknown");
  await expect(verdict(page)).toContainText("This number is not in the directory");
  await expect(verdict(page)).toContainText(
    "A general safety rule: never tell anyone the codes from text messages, your passwords or your card details",
  );
  await expect(verdict(page)).toContainText("Contact Ozon yourself, through its official channels:");
  const official = verdict(page).getByRole("listitem").getByRole("link");
  await expect(official).not.toHaveCount(0);
  for (const href of await official.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).toMatch(/^\/en\/channels\//);
  }
  expect(await notEnglish(verdict(page))).toEqual([]);
});

test("the whole page is English, and its form works without the script, at /en/check", async ({ browser, request }) => {
  const html = await (await request.get("/en/check")).text();
  expect(html).toMatch(/<form[^>]*action="\/en\/check"[^>]*method="get"/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/check");
  expect(await notEnglish(page.locator("body"))).toEqual([]);
  await field(page).fill("88002347000");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/check\?q=88002347000$/);
  await context.close();
});

test("the check works with the keyboard alone", async ({ page }) => {
  await page.goto("/en/check", { waitUntil: "load" });
  const input = field(page);
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(input).toBeFocused();
  await page.keyboard.type("sellersup (at) ozon.ru");
  await page.keyboard.press("Enter");
  await expect(verdict(page)).toHaveAttribute("data-verdict", "active");
  const link = verdict(page).locator('a[href="/en/channels/seller-email"]').first();
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/channels\/seller-email$/);
});

test("the Russian check offers the English one, and each names the other in hreflang", async ({ page }) => {
  await page.goto("/check");
  await expect(page.getByTestId("language")).toHaveAttribute("href", "/en/check");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/check$/);
  await page.getByTestId("language").click();
  await expect(page).toHaveURL(/\/en\/check$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", /\/check$/);
  await expect(page.getByTestId("language")).toHaveAttribute("href", "/check");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is this Ozon's number?");
});
