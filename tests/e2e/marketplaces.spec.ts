import { axeViolations } from "./axe";
import { expect, test, type Page } from "@playwright/test";
import { otherMarketplaceChannels } from "./dataset";

const PAGE = "/sellers/marketplaces";
const MARKETPLACES = ["Ozon", "Wildberries", "Яндекс Маркет", "AliExpress"];
const QUESTIONS = 6;

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("the sellers' comparison of marketplaces", () => {
  test("is axe-clean at this size, with no console errors and nothing to scroll sideways", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error" || /hydrat|mismatch|Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(PAGE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("on a phone: a card per marketplace, the other companies marked as not Ozon", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the phone layout");
    await page.goto(PAGE);
    await expect(page.getByTestId("comparison-table")).toBeHidden();
    const cards = page.getByTestId("comparison-cards").locator("[data-marketplace]");
    await expect(cards).toHaveCount(MARKETPLACES.length);
    for (const [i, name] of MARKETPLACES.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole("heading", { level: 2 })).toContainText(name);
      await expect(card.locator("dt")).toHaveCount(QUESTIONS);
      await expect(card.getByRole("heading", { level: 2 })).toContainText(i === 0 ? name : "не Ozon");
      await expect(card.getByText(/^Источники?:/)).toHaveCount(QUESTIONS);
    }
    const box = await cards.first().boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(360);
  });

  test("on a computer: a table with a caption and headers for columns and rows", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the desktop layout");
    await page.goto(PAGE);
    await expect(page.getByTestId("comparison-cards")).toBeHidden();
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    await expect(table.locator("caption")).not.toBeEmpty();
    const columns = table.locator('thead th[scope="col"]');
    await expect(columns).toHaveCount(MARKETPLACES.length + 1);
    for (const [i, name] of MARKETPLACES.entries()) await expect(columns.nth(i + 1)).toContainText(name);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(QUESTIONS);
    const cells = table.locator("tbody td");
    await expect(cells).toHaveCount(QUESTIONS * MARKETPLACES.length);
    // Every answer names its source, and each note leads to the source in the list below.
    for (const href of await cells
      .locator('a[href^="#source-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      await expect(page.locator(href ?? "#missing")).toHaveCount(1);
    }
    for (let i = 0; i < QUESTIONS * MARKETPLACES.length; i++) {
      await expect(cells.nth(i).locator('a[href^="#source-"]').first()).toBeVisible();
    }
    // What a screen reader announces for a cell: its column's marketplace and its row's question.
    await expect(page.getByRole("columnheader", { name: /Яндекс Маркет/ })).toHaveCount(1);
    await expect(page.getByRole("rowheader", { name: "Можно ли позвонить" })).toHaveCount(1);
  });

  test("the sellers' page links to it, and its other marketplaces' contacts are there instead", async ({ page }) => {
    await page.goto("/sellers");
    await page.getByRole("link", { name: /Сравнение поддержки продавцов/ }).click();
    await expect(page).toHaveURL(PAGE);
    await page.goto("/sellers");
    for (const c of otherMarketplaceChannels()) await expect(page.locator(`[data-channel="${c.id}"]`)).toHaveCount(0);
    await page.goto(PAGE);
    for (const c of otherMarketplaceChannels()) {
      const item = page.locator(`li[data-channel="${c.id}"]`);
      await expect(item, c.id).toContainText("не Ozon");
    }
  });
});

test.describe("other marketplaces' contacts are never shown as Ozon's", () => {
  // The same markup at every size: once is enough.
  test.skip(({ isMobile }) => !isMobile, "checked at the phone size");

  const checks: ReadonlyArray<readonly [string, string]> = [
    ["+7 495 974-35-03", "Это номер Яндекс Маркета, не Ozon"],
    ["sales@wildberries.ru", "Это адрес Wildberries, не Ozon"],
    ["claims@wildberries.ru", "Это адрес Wildberries, не Ozon"],
  ];
  for (const [input, line] of checks) {
    test(`the number check names the owner of ${input}`, async ({ page }) => {
      await page.goto(`/check?q=${encodeURIComponent(input)}`);
      const verdict = page.getByTestId("check-result").locator("[data-verdict]");
      await expect(verdict).toHaveAttribute("data-verdict", "third-party");
      await expect(verdict.getByRole("heading", { level: 2 })).toHaveText(line);
    });
  }

  for (const query of ["вб", "яндекс маркет", "алиэкспресс"]) {
    test(`search «${query}» puts that marketplace first, not an Ozon channel`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const first = page.getByRole("list", { name: "Результаты поиска" }).locator(":scope > li").first();
      await expect(first).toHaveAttribute("data-kind", "comparison");
      await expect(first).toContainText("не Ozon");
      await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/sellers\/marketplaces#/);
    });
  }

  test("their pages say whose they are and offer no vCard", async ({ page, request }) => {
    test.setTimeout(120_000);
    for (const c of otherMarketplaceChannels()) {
      await page.goto(`/channels/${c.id}`);
      await expect(page.getByTestId("not-ozon"), c.id).toContainText("не Ozon");
      await expect(page.getByRole("link", { name: "Сохранить в контакты" }), c.id).toHaveCount(0);
      expect((await request.get(`/channels/${c.id}/contact.vcf`)).status(), c.id).toBe(404);
    }
  });
});
