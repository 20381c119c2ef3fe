import { expect, type Page, test } from "@playwright/test";

const DEEP_LINK = "/compose?audience=sellers&topic=seller-payouts&channel=seller-support-chat";
const ORDER = "12345678-0012";
const STORAGE_KEY = "compose-draft-v1";

function moscowDaysAgo(days: number): string {
  return new Date(Date.now() + 180 * 60_000 - days * 86_400_000).toISOString().slice(0, 10);
}

const field = {
  order: (page: Page) => page.getByLabel(/Номер заказа/),
  date: (page: Page) => page.getByLabel(/Когда это произошло/),
  what: (page: Page) => page.getByLabel("Что произошло"),
  expected: (page: Page) => page.getByLabel("Что вы просите сделать"),
};

async function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

test("a seller writes about a late payout, reloads midway, fixes an error and copies the request", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(DEEP_LINK);

  await expect(page.getByRole("radio", { name: "Я продавец" })).toBeChecked();
  await expect(page.getByLabel("Тема обращения")).toHaveValue("seller-payouts");
  await expect(page.locator('input[name="channelId"]:checked')).toHaveValue("seller-support-chat");

  await field.order(page).fill(ORDER);
  await field.date(page).fill(moscowDaysAgo(3));
  await field.what(page).fill("Выплата не пришла");
  await page.getByRole("checkbox", { name: /Выписка из отчёта/ }).check();

  await page.reload();
  await expect(field.order(page)).toHaveValue(ORDER);
  await expect(field.what(page)).toHaveValue("Выплата не пришла");
  await expect(field.date(page)).toHaveValue(moscowDaysAgo(3));
  await expect(page.getByRole("checkbox", { name: /Выписка из отчёта/ })).toBeChecked();
  await expect(page.getByLabel("Тема обращения")).toHaveValue("seller-payouts");
  await expect(page.getByTestId("compose-draft-status")).toContainText("восстановили");

  await field.expected(page).fill("Проверьте начисление и перечислите выплату.");
  await page.getByRole("button", { name: "Составить текст" }).click();
  const what = field.what(page);
  await expect(what).toHaveAttribute("aria-invalid", "true");
  await expect(what).toBeFocused();
  const error = page.getByTestId("compose-whatHappened-error");
  await expect(error).toHaveText(/хотя бы 30 символов/);
  await expect(what).toHaveAttribute("aria-describedby", /compose-whatHappened-error/);
  await expect(page.getByTestId("compose-hints")).toContainText("Опишите подробнее");

  await what.fill("Выплата за период 1–15 ноября не поступила на расчётный счёт, хотя в отчёте она начислена.");
  await expect(error).toHaveCount(0);
  await page.getByRole("button", { name: "Составить текст" }).click();

  const text = page.getByTestId("compose-text");
  await expect(text).toBeVisible();
  await expect(text).toHaveValue(/Номер заказа: 12345678-0012/);
  await expect(text).toHaveValue(/Тема: Финансы — Выплаты, отчёты и реквизиты/);
  await expect(text).toHaveValue(/— Выписка из отчёта или акта сверки/);
  await expect(page.getByTestId("compose-followup")).toContainText("1–3 рабочих дня");
  await expect(page.getByTestId("compose-followup")).toContainText("ответ ожидается до");
  await expect(page.getByTestId("compose-open-channel")).toHaveAttribute("href", "https://seller.ozon.ru");

  await page.getByRole("button", { name: "Скопировать текст" }).click();
  await expect(page.getByTestId("compose-copy-status")).toContainText("Текст скопирован");
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain("Номер заказа: 12345678-0012");
  expect(clipboard).toContain("Финансы");
  expect(clipboard.startsWith("Здравствуйте!")).toBe(true);
});

test("the seller email channel gets a prefilled mailto: link, with the network off", async ({ page, context }) => {
  await page.goto(DEEP_LINK);
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await context.setOffline(true);
  await field.order(page).fill(ORDER);
  await field.what(page).fill("Выплата за период 1–15 ноября не поступила на расчётный счёт.");
  await field.expected(page).fill("Проверьте начисление и перечислите выплату.");
  await page.locator('input[name="channelId"][value="seller-email"]').check();
  await expect(page).toHaveURL(/channel=seller-email/);
  await page.getByRole("button", { name: "Составить текст" }).click();

  const link = page.getByRole("link", { name: "Открыть письмо" });
  const href = (await link.getAttribute("href")) ?? "";
  expect(href.startsWith("mailto:sellersup@ozon.ru?subject=")).toBe(true);
  expect(href).toContain(`&body=${encodeURIComponent("Здравствуйте!")}%0D%0A`);
  expect(href).toContain(encodeURIComponent(`Номер заказа: ${ORDER}`));
  expect(href).not.toMatch(/[ +\n]/);
  const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)?.[1] ?? "");
  expect(subject).toBe(`Финансы — Выплаты, отчёты и реквизиты, заказ ${ORDER}`);
  // No source gives a time for this address; the 3–5 days one article gives are for buyers' emails.
  await expect(page.getByTestId("compose-followup")).toContainText("Источники не называют срок ответа");
});

test("a buyer gets field messages for a missing order number and a future date", async ({ page }) => {
  await page.goto("/compose");
  await page.getByText("Я покупатель").click();
  await page.getByLabel("Тема обращения").selectOption("buyer-return");
  await field.date(page).fill(moscowDaysAgo(-5));
  await field.date(page).blur();
  await expect(page.getByTestId("compose-incidentDate-error")).toContainText("Дата не может быть позже сегодняшней");
  await page.getByRole("button", { name: "Составить текст" }).click();
  await expect(page.getByTestId("compose-orderNumber-error")).toHaveText(/Укажите номер заказа/);
  await expect(field.order(page)).toBeFocused();
  await expect(page.getByTestId("compose-expectedOutcome-error")).toBeVisible();
  await field.order(page).fill("12345");
  await field.order(page).blur();
  await expect(page.getByTestId("compose-orderNumber-error")).toHaveText(/Проверьте номер/);
});

test("«Начать заново» asks first, then empties the form and the storage", async ({ page }) => {
  await page.goto(DEEP_LINK);
  await field.order(page).fill(ORDER);
  await field.what(page).fill("Выплата не пришла вовремя");
  await expect.poll(() => stored(page)).toContain(ORDER);

  await page.getByRole("button", { name: "Начать заново" }).click();
  const no = page.getByRole("button", { name: "Отмена" });
  await expect(page.getByRole("button", { name: "Да, очистить" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(no).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Начать заново" })).toBeFocused();
  await expect(field.order(page)).toHaveValue(ORDER);

  await page.getByRole("button", { name: "Начать заново" }).click();
  await page.getByRole("button", { name: "Да, очистить" }).click();
  await expect(field.order(page)).toHaveValue("");
  await expect(field.what(page)).toHaveValue("");
  await expect(page.getByRole("radio", { name: "Я продавец" })).not.toBeChecked();
  await expect(page.getByTestId("compose-draft-status")).toContainText("Форма очищена");
  expect(await stored(page)).toBeNull();
  await expect(page).toHaveURL(/\/compose$/);
  await page.reload();
  await expect(field.what(page)).toHaveValue("");
});

test("corrupt storage doesn't break the page, and it fits a phone screen", async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, "{broken"), STORAGE_KEY);
  await page.goto(DEEP_LINK);
  await expect(page.getByLabel("Тема обращения")).toHaveValue("seller-payouts");
  await expect(field.what(page)).toHaveValue("");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a routing answer opens the composer with its topic and channel, without console errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto("/help/sellers/seller-payouts");
  await page.getByRole("link", { name: "Составить обращение", exact: true }).first().click();
  await expect(page).toHaveURL(/\/compose\?audience=sellers&topic=seller-payouts&channel=seller-support-chat/);
  await expect(page.getByLabel("Тема обращения")).toHaveValue("seller-payouts");
  await expect(page.locator('input[name="channelId"]:checked')).toHaveValue("seller-support-chat");
  await expect(page.getByRole("checkbox", { name: /Выписка из отчёта/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test("a channel page's link keeps the channel until a topic that offers it is chosen", async ({ page }) => {
  await page.goto("/compose?audience=sellers&channel=seller-email");
  await expect(page.getByRole("radio", { name: "Я продавец" })).toBeChecked();
  await expect(page.getByLabel("Тема обращения")).toHaveValue("");
  await page.getByLabel("Тема обращения").selectOption("seller-payouts");
  await expect(page.locator('input[name="channelId"]:checked')).toHaveValue("seller-email");
  await expect(page).toHaveURL(/audience=sellers&topic=seller-payouts&channel=seller-email/);
  await expect(page.getByTestId("compose-draft-status")).not.toContainText("восстановили");
});

test("the static page carries the form, disabled until the draft and the link are read", async ({ request }) => {
  const html = await (await request.get(DEEP_LINK)).text();
  expect(html).toContain('aria-label="Обращение в поддержку"');
  expect(html).toMatch(/<fieldset disabled=""/);
  expect(html).toContain("Составить текст");
});

test("a draft restored without a link puts its choices back in the address", async ({ page }) => {
  const draft = { audience: "buyers", topicId: "buyer-return", whatHappened: "Не подошёл размер" };
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: STORAGE_KEY,
    value: JSON.stringify(draft),
  });
  await page.goto("/compose");
  await expect(page.getByLabel("Тема обращения")).toHaveValue("buyer-return");
  await expect(page).toHaveURL(/\/compose\?audience=buyers&topic=buyer-return&channel=buyer-support-chat$/);
  await expect(page.getByTestId("compose-draft-status")).toContainText("восстановили");
});

test("a channel page links to the composer only when the composer can send through that channel", async ({ page }) => {
  // The site's navigation links to the bare composer everywhere; the channel's own link carries its id.
  const own = (id: string) => page.locator(`main a[href*="channel=${id}"]`);
  await page.goto("/channels/seller-email");
  await expect(own("seller-email")).toHaveAttribute("href", "/compose?audience=sellers&channel=seller-email");
  await expect(own("seller-email")).toHaveText("Составить обращение");
  await page.goto("/channels/hotline-8800");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('main a[href^="/compose?"]')).toHaveCount(0);
});
