import { expect, test, type Page } from "@playwright/test";
import { readChannel } from "./dataset";
import { failOnPageErrors } from "./page-errors";
import { unmarkedRussian } from "./english-text";

/**
 * The English search at the phone size: English words find the English pages, the header's form on an
 * English page searches them, and a query that finds nothing offers the English pages instead.
 */

const box = (page: Page) => page.getByLabel("A number, an e-mail or the problem in your own words", { exact: true });
const items = (page: Page) => page.getByRole("list", { name: "Search results", exact: true }).locator(":scope > li");

failOnPageErrors(test);

test("typing a problem in English opens the English topic first, its answer in English", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await box(page).fill("payout delayed");
  const first = items(page).first();
  await expect(first).toHaveAttribute("data-id", "seller-payouts");
  await expect(page).toHaveURL(
    (url) => url.pathname === "/en/search" && url.searchParams.get("q") === "payout delayed",
  );
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/^Found \d+ results?$/);
  await expect(first).toContainText("Topic");
  const topic = first.getByRole("link", { name: "Payouts, reports and bank details", exact: true });
  await expect(topic).toHaveAttribute("href", "/en/help/sellers/seller-payouts");
  // The result answers by itself: the recommended channel, in English, with its status.
  const answer = first.getByTestId("search-answer");
  await expect(answer).toContainText("Where to go:");
  await expect(answer.getByRole("link")).toHaveText(readChannel("seller-support-chat").en?.title ?? "");
  await expect(answer.getByRole("link")).toHaveAttribute("href", "/en/channels/seller-support-chat");
  await expect(answer).toContainText("Working");
  expect(await unmarkedRussian(page.getByRole("main"))).toEqual([]);
  await topic.click();
  await expect(page).toHaveURL(/\/en\/help\/sellers\/seller-payouts$/);
});

test("the header's search on an English page searches the English pages", async ({ page }) => {
  await page.goto("/en/sellers");
  const header = page.getByRole("banner");
  await header.getByRole("searchbox", { name: "Search the channels, topics and numbers" }).fill("seller support chat");
  await header.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/en/search" && url.searchParams.get("q") === "seller support chat",
  );
  await expect(box(page)).toHaveValue("seller support chat");
  await expect(items(page).first()).toHaveAttribute("data-id", "seller-support-chat");
});

test("a query that finds nothing says so in English and offers the English pages", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("zzqx flibber")}`);
  await expect(page.getByTestId("search-empty")).toHaveText("Nothing found for “zzqx flibber”.");
  await expect(page.getByRole("heading", { name: "Try another way" })).toBeVisible();
  await expect(page.getByRole("link", { name: "I sell on Ozon", exact: true })).toHaveAttribute("href", "/en/sellers");
  await expect(page.getByRole("link", { name: "I sell from abroad", exact: true })).toHaveAttribute(
    "href",
    "/en/crossborder",
  );
  // The number check is the English one, and takes the number the query named.
  const check = page.getByTestId("search-ways-out").getByRole("link", { name: /Check a number/ });
  expect(await unmarkedRussian(page.getByRole("main"))).toEqual([]);

  await box(page).fill("+7 999 123-45-67");
  await expect(page.getByTestId("search-empty")).toHaveText(
    "The number “+7 999 123-45-67” is not in our directory: we cannot confirm that it belongs to Ozon.",
  );
  await expect(check).toHaveAttribute("href", "/en/check?q=%2B7+999+123-45-67");
});
