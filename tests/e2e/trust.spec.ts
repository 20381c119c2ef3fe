import { expect, test } from "@playwright/test";

test.describe("the number checker", () => {
  const cases: [string, string, string][] = [
    ["88002347000", "discontinued", "Вместо него используйте"],
    ["+7 495 177-8-495", "third-party", "СеллерМАРКЕТ"],
    ["ozon-hotline@deloitte.ru", "discontinued", "Горячая линия"],
    ["+7 999 000-11-22", "unknown", "никогда не просит"],
  ];
  for (const [input, verdict, text] of cases) {
    test(`${input} → ${verdict}`, async ({ page }) => {
      await page.goto("/check");
      await page.getByLabel("Номер телефона или адрес почты").fill(input);
      await page.getByRole("button", { name: "Проверить" }).click();
      const result = page.getByTestId("check-result").locator("[data-verdict]");
      await expect(result).toHaveAttribute("data-verdict", verdict);
      await expect(result).toContainText(text);
      await page.reload();
      await expect(page.getByTestId("check-result").locator("[data-verdict]")).toHaveAttribute("data-verdict", verdict);
    });
  }

  test("each known number has its own static page", async ({ page }) => {
    await page.goto("/check/8-800-234-70-00");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("8 (800) 234-70-00");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "discontinued");
  });
});

test.describe("channel pages make trust visible", () => {
  test("a disputed channel shows the split, every claim with its source and date, and the freshness", async ({
    page,
  }) => {
    await page.goto("/channels/moscow-phone");
    await expect(page.getByText("Источники расходятся").first()).toBeVisible();
    await expect(page.getByTestId("disagreement")).toContainText("Источники расходятся:");
    const claims = page.getByRole("list", { name: "Что говорят источники" }).getByRole("listitem");
    expect(await claims.count()).toBeGreaterThanOrEqual(2);
    await expect(claims.first()).toContainText("сохранён");
    await expect(page.getByTestId("freshness").first()).toContainText("Проверено");
  });

  test("the home page's JSON-LD parses and lists no discontinued number", async ({ page }) => {
    await page.goto("/");
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const data: unknown = JSON.parse(raw ?? "");
    expect(data).toMatchObject({ "@type": "Organization", name: "Ozon" });
    expect(raw).not.toContain("+78002347000");
    expect(raw).not.toContain("deloitte");
    expect(raw).toContain("+78005558982");
  });

  test("the sources page says what each source was used for", async ({ page }) => {
    await page.goto("/sources");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    expect(await page.locator("li[id]").count()).toBeGreaterThanOrEqual(9);
  });
});
