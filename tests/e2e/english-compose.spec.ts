import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { unmarkedRussian } from "./english-text";

/**
 * The English composer at the phone size: a seller abroad fills the form in English and gets the request in
 * Russian, with their own description kept in English and marked so; the choices and the draft survive a
 * reload, and the form works from the keyboard.
 */

const PAGE = "/en/compose";
const PAYOUTS = "/en/compose?audience=sellers&topic=seller-payouts&channel=seller-support-chat";
const POSTING = "12345678-0012-1";
const DESCRIPTION =
  "The payout for 1-15 November has not reached my bank account, although the report shows it as paid.";
const ASK = "Find out why the payout has not arrived, and pay it out";

function moscowDaysAgo(days: number): string {
  return new Date(Date.now() + 180 * 60_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** 2026-11-18 → 18.11.2026, as the Russian request writes dates. */
const russianDate = (iso: string) => iso.split("-").reverse().join(".");

const field = {
  topic: (page: Page) => page.getByLabel("Topic", { exact: true }),
  order: (page: Page) => page.getByLabel(/Order, posting number or SKU/),
  date: (page: Page) => page.getByLabel(/When it happened/),
  what: (page: Page) => page.getByLabel("What happened", { exact: true }),
  ask: (page: Page, name: string | RegExp) => page.getByRole("radio", { name }),
};

/** Presses Tab until `target` has the focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

test("a seller abroad asks about a payout in English and gets the request in Russian, after a reload", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto(PAGE);
  expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write a request to Ozon support");
  await expect(page.locator("main header")).toContainText("Ozon support answers in Russian.");
  await expect(page.locator("form[data-ready]")).toBeVisible();
  // The composer is for sellers only: it does not ask who you are.
  await expect(page.getByRole("radio", { name: /buyer/ })).toHaveCount(0);

  await field.topic(page).selectOption("seller-payouts");
  await expect(page).toHaveURL(/\/en\/compose\?audience=sellers&topic=seller-payouts&channel=seller-support-chat$/);
  const chat = page.locator("label", { has: page.locator('input[name="channelId"][value="seller-support-chat"]') });
  await expect(chat).toContainText("category Finance (in the Russian form: «Финансы»)");
  await field.order(page).fill(POSTING);
  await field.date(page).fill(moscowDaysAgo(3));
  await field.what(page).fill(DESCRIPTION);
  await field.ask(page, ASK).check();
  await page.getByRole("checkbox", { name: /An extract from a report/ }).check();

  await page.reload();
  await expect(field.topic(page)).toHaveValue("seller-payouts");
  await expect(page.locator('input[name="channelId"]:checked')).toHaveValue("seller-support-chat");
  await expect(field.order(page)).toHaveValue(POSTING);
  await expect(field.date(page)).toHaveValue(moscowDaysAgo(3));
  await expect(field.what(page)).toHaveValue(DESCRIPTION);
  await expect(field.ask(page, ASK)).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /An extract from a report/ })).toBeChecked();
  await expect(page.getByTestId("compose-draft-status")).toContainText("We restored your draft");

  await page.getByRole("button", { name: "Make the Russian text" }).click();
  await expect(page.getByRole("heading", { name: "Your request, in Russian" })).toBeFocused();
  const text = page.getByTestId("compose-text");
  await expect(text).toHaveAttribute("lang", "ru");
  const request = await text.inputValue();
  expect(
    request.startsWith("Здравствуйте!\n\nЯ продавец на Ozon, пишу по вопросу «Выплаты, отчёты и реквизиты»."),
  ).toBe(true);
  expect(request).toContain("Тема: Финансы — Выплаты, отчёты и реквизиты");
  expect(request).toContain(`Номер заказа: ${POSTING}`);
  expect(request).toContain(`Дата: ${russianDate(moscowDaysAgo(3))}`);
  expect(request).toContain(`Описание продавца (на английском):\n${DESCRIPTION}`);
  expect(request).toContain("Что я прошу сделать:\nПроверьте, пожалуйста, почему не пришла выплата, и перечислите её.");
  expect(request).toContain("— Выписка из отчёта или акта сверки");
  expect(request).toContain("Если возможно, ответьте, пожалуйста, на английском языке.");

  const result = page.locator("section", { has: page.getByRole("heading", { name: "Your request, in Russian" }) });
  await expect(result).toContainText("copy it as it is into the seller chat");
  await expect(result.getByRole("link", { name: "Chat and requests in the Ozon Seller account" })).toHaveAttribute(
    "href",
    "/en/channels/seller-support-chat",
  );
  await expect(page.getByTestId("compose-followup")).toContainText("1–3 business days");
  await expect(page.getByTestId("compose-followup")).toContainText("expect the answer by");
  await expect(page.getByTestId("compose-open-channel")).toHaveText(/Copy and open the chat/);
  expect(await unmarkedRussian(page.locator("body"))).toEqual([]);
  expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the English form works from the keyboard, says its errors in English and starts over", async ({ page }) => {
  await page.goto(PAYOUTS);
  await expect(page.locator("form[data-ready]")).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Make the Russian text" }));
  await page.keyboard.press("Enter");
  await expect(field.what(page)).toBeFocused();
  await expect(page.getByTestId("compose-whatHappened-error")).toHaveText(/at least 30 characters/);
  await expect(page.getByTestId("compose-expectedOutcome-error")).toHaveText(/Choose what you ask for/);
  await expect(page.getByText("Check the fields marked ⚠ (2).")).toBeVisible();

  await page.keyboard.type(DESCRIPTION);
  await tabTo(page, field.ask(page, ASK));
  await page.keyboard.press("ArrowDown");
  await expect(field.ask(page, "Check the report and correct the error in it")).toBeChecked();
  // Arrows move through the radio group (Tab leaves it); the last choice opens a box for the seller's own words.
  for (let i = 0; i < 10 && !(await field.ask(page, /Something else/).isChecked()); i++) {
    await page.keyboard.press("ArrowDown");
  }
  const own = page.getByLabel("What you ask for, in your own words (in English)");
  await expect(own).toBeFocused();
  await page.keyboard.type("Please pay it out this week.");

  await tabTo(page, page.getByRole("button", { name: "Make the Russian text" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your request, in Russian" })).toBeFocused();
  const request = await page.getByTestId("compose-text").inputValue();
  expect(request).toContain(`Описание продавца (на английском):\n${DESCRIPTION}`);
  expect(request).toContain("Что я прошу сделать (на английском):\nPlease pay it out this week.");

  await tabTo(page, page.getByRole("button", { name: "Start over" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, clear it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(field.topic(page)).toBeFocused();
  await expect(field.topic(page)).toBeEnabled();
  await expect(field.topic(page)).toHaveValue("");
  await expect(field.what(page)).toHaveValue("");
  await expect(page.getByTestId("compose-draft-status")).toHaveText("The form is cleared and the saved draft deleted.");
});

test("the English composer is in English, with hreflang both ways, and the Russian one links to it", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.locator("form[data-ready]")).toBeVisible();
  expect(await unmarkedRussian(page.locator("body"))).toEqual([]);
  await field.topic(page).selectOption("seller-payouts");
  await field.what(page).fill(DESCRIPTION);
  expect(await unmarkedRussian(page.locator("body"))).toEqual([]);
  const ru = await page.locator('link[rel="alternate"][hreflang="ru"]').getAttribute("href");
  expect(new URL(ru ?? "", "http://x").pathname).toBe("/compose");
  await page.getByTestId("language").click();
  await expect(page).toHaveURL(/\/compose$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByTestId("language")).toHaveAttribute("href", PAGE);
  const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href");
  expect(new URL(en ?? "", "http://x").pathname).toBe(PAGE);
  // The two composers keep separate drafts: English text never lands in a Russian request unmarked.
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await expect(page.getByLabel("Что произошло")).toHaveValue("");
  await expect(page.getByRole("radio", { name: "Я продавец" })).not.toBeChecked();
});
