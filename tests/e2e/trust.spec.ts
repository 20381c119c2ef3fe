import { expect, test } from "@playwright/test";

test.describe("the number checker", () => {
  const cases: [string, string, string][] = [
    ["88002347000", "disputed", "Вместо него используйте"],
    ["+7 495 177-8-495", "third-party", "СеллерМАРКЕТ"],
    ["ozon-hotline@deloitte.ru", "disputed", "Горячая линия"],
    ["+7 999 000-11-22", "unknown", "Общее правило безопасности"],
    ["OZON", "sender", "это имя отправителя, а не номер"],
  ];
  for (const [input, verdict, text] of cases) {
    test(`${input} → ${verdict}`, async ({ page }) => {
      await page.goto("/check");
      await page.getByLabel("Номер телефона или адрес почты").fill(input);
      await page.getByRole("button", { name: "Проверить" }).click();
      const result = page.getByTestId("check-result").locator("[data-verdict]");
      await expect(result).toHaveAttribute("data-verdict", verdict);
      await expect(result).toContainText(text);
      // nuqs writes the address a moment after the answer shows; a reload before that would test nothing.
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(input);
      await page.reload();
      await expect(page.getByTestId("check-result").locator("[data-verdict]")).toHaveAttribute("data-verdict", verdict);
    });
  }

  test("a shared link answers at once and keeps the query in the field", async ({ page }) => {
    await page.goto(`/check?q=${encodeURIComponent("+7 495 177-8-495")}`);
    const result = page.getByTestId("check-result").locator("[data-verdict]");
    await expect(result).toHaveAttribute("data-verdict", "third-party");
    await expect(page.getByLabel("Номер телефона или адрес почты")).toHaveValue("+7 495 177-8-495");
    await page.getByLabel("Номер телефона или адрес почты").fill("");
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page).toHaveURL(/\/check$/);
    await expect(result).toHaveCount(0);
  });

  test("the static page has the form, a plain GET that works before and without the script", async ({
    browser,
    request,
  }) => {
    const html = await (await request.get("/check")).text();
    expect(html).toMatch(/<form[^>]*action="\/check"[^>]*method="get"/);
    expect(html).toContain('name="q"');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/check");
    await page.getByLabel("Номер телефона или адрес почты").fill("88002347000");
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page).toHaveURL(/\/check\?q=88002347000$/);
    await context.close();
  });

  test("each known number has its own static page", async ({ page }) => {
    await page.goto("/check/8-800-234-70-00");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("8 (800) 234-70-00");
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "disputed");
    await expect(page.locator("[data-verdict] [data-confidence]")).toContainText("Источники расходятся");
  });
});

test.describe("channel pages make trust visible", () => {
  test("a disputed channel shows the split, every claim with its source and date, and the freshness", async ({
    page,
  }) => {
    await page.goto("/channels/moscow-phone");
    await expect(page.getByText("Источники расходятся").first()).toBeVisible();
    await expect(page.getByTestId("disagreement")).toContainText(
      "Источники расходятся: 1 публикация приводит его как действующий, 1 публикация пишет, что он не работает.",
    );
    const claims = page.getByRole("list", { name: "Что говорят источники" }).getByRole("listitem");
    expect(await claims.count()).toBeGreaterThanOrEqual(2);
    await expect(claims.first()).toContainText("сохранён");
    await expect(page.getByTestId("freshness").first()).toContainText("Сверено с источниками");
  });

  test("a channel page leads with what to do and the mark; the split in full is one tap away", async ({ page }) => {
    await page.goto("/channels/hotline-8800");
    const answer = page.getByTestId("answer");
    await expect(answer).toContainText("пишите в чат поддержки");
    await expect(answer.locator("[data-confidence]")).toHaveAttribute("data-confidence", "conflict");
    await expect(answer.locator("[data-source]").first()).toHaveText(/^\[\d+\]$/);
    const split = page.getByTestId("disagreement");
    await expect(split.getByText("Пишут, что не работает")).toBeHidden();
    await split.locator("summary").click();
    await expect(split.getByText("Пишут, что не работает")).toBeVisible();
    await expect(split.getByText("Приводят как действующий")).toBeVisible();
  });

  test("a topic page leads with one plain sentence, its mark, and the disputed numbers behind a tap", async ({
    page,
  }) => {
    await page.goto("/help/buyers/buyer-call-human");
    const answer = page.getByTestId("answer");
    await expect(answer).toContainText("Откройте чат поддержки");
    await expect(answer.locator("[data-confidence]")).toBeVisible();
    const phones = page.getByTestId("no-phone");
    await expect(phones.locator('[data-phone="hotline-8800"]')).toBeHidden();
    await phones.getByText("Какие номера встречаются в источниках").click();
    await expect(phones.locator('[data-phone="hotline-8800"]')).toContainText("Источники расходятся");
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

  test("the sources page explains the status and confidence rules the validator applies", async ({ page }) => {
    await page.goto("/sources");
    await expect(page.getByTestId("status-rules").locator("li")).toHaveCount(5);
    await expect(page.getByTestId("confidence-rules").locator("li")).toHaveCount(6);
    await expect(page.getByTestId("confidence-rules")).toContainText("считаются одной публикацией");
    await page.goto("/channels/ir-email");
    await expect(page.locator("[data-confidence]").first()).toContainText("Сходятся несколько публикаций");
    await page.locator("[data-confidence]").first().getByRole("link", { name: "Надёжность" }).click();
    await expect(page).toHaveURL(/\/sources#rules$/);
  });

  test("response times show the range across sources and who gives each figure", async ({ page }) => {
    await page.goto("/");
    const chat = page.locator('article[data-channel="buyer-support-chat"]');
    await expect(chat.getByTestId("reply-range")).toContainText("Первый ответ: 1–15 минут по разным источникам");
    await expect(chat).toContainText("1–3 минуты");
    await expect(chat).toContainText("10–15 минут");
    await expect(chat).toContainText("(по одной статье)");
  });

  test("an audience page lists the seeds' facts, each with its source", async ({ page }) => {
    await page.goto("/sellers");
    const facts = page.locator("[data-fact]");
    await expect(page.locator('[data-fact="language"]')).toContainText("только на русском");
    await expect(page.locator('[data-fact="personal-manager"]')).toContainText("по словам рекламодателя");
    expect(await facts.count()).toBeGreaterThanOrEqual(6);
  });
});
