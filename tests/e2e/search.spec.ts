import { expect, test, type Page } from "@playwright/test";
import { readChannel } from "./dataset";

const box = (page: Page) => page.getByLabel("Номер, почта или проблема своими словами", { exact: true });
const results = (page: Page) => page.getByRole("list", { name: "Результаты поиска", exact: true });
const items = (page: Page) => results(page).locator(":scope > li");

/** Ids of the first `n` results, for expect.poll: results follow the box after a short pause. */
async function topIds(page: Page, n = 3): Promise<string[]> {
  const ids = await items(page).evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id") ?? ""));
  return ids.slice(0, n);
}

const pageErrors = new WeakMap<Page, string[]>();

test.beforeEach(({ page }) => {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
});

test.afterEach(({ page }) => {
  expect(pageErrors.get(page) ?? []).toEqual([]);
});

test("typing a problem updates the results and the URL, and the URL shows the same results", async ({ page }) => {
  await page.goto("/search");
  await box(page).fill("не пришла выплата");
  await expect.poll(() => topIds(page)).toContain("seller-support-chat");
  await expect(page).toHaveURL(
    (url) => url.pathname === "/search" && url.searchParams.get("q") === "не пришла выплата",
  );
  await expect(results(page).locator('li[data-kind="topic"]').first()).toContainText("Тема");
  await expect(results(page).locator('li[data-kind="channel"]').first()).toContainText("Канал");
  await expect(results(page).locator('li[data-kind="channel"]').first()).toContainText("Работает");
  const typed = await topIds(page, 10);
  await page.goto(page.url());
  await expect.poll(() => topIds(page, 10)).toEqual(typed);
});

test("a shared link to a disputed number shows it as such, with where to go instead", async ({ page }) => {
  const hotline = readChannel("hotline-8800");
  const replacement = readChannel(hotline.replacedBy ?? "");
  await page.goto("/search?q=88002347000");
  const first = items(page).first();
  await expect(first).toHaveAttribute("data-id", hotline.id);
  await expect(first).toContainText("Под вопросом");
  await expect(first.getByRole("link", { name: replacement.title })).toHaveAttribute(
    "href",
    `/channels/${replacement.id}`,
  );
  await expect(box(page)).toHaveValue("88002347000");
});

test("phone numbers in other spellings and a third-party number", async ({ page }) => {
  for (const q of ["+7 (800) 234-70-00", "234-70-00"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(items(page).first()).toHaveAttribute("data-id", "hotline-8800");
  }
  const sellermarket = readChannel("sellermarket-phone");
  await page.goto("/search");
  await box(page).fill("+7 495 177-84-95");
  await expect(items(page).first()).toHaveAttribute("data-id", sellermarket.id);
  await expect(items(page).first()).toContainText("Не Ozon");
  await expect(items(page).first()).toContainText(sellermarket.owner);
});

test("a query typed on the wrong keyboard layout", async ({ page }) => {
  await page.goto("/search");
  await box(page).fill("jpjy ctkkth");
  await expect.poll(() => topIds(page)).toContain("seller-support-chat");
  await expect(page.getByTestId("search-read-as")).toContainText("озон селлер");
});

test("a problem in plain words reaches the channel through its topic", async ({ page }) => {
  await page.goto("/search");
  await box(page).fill("вернуть авиабилет");
  await expect.poll(() => topIds(page)).toContain("travel-chat");
  const topic = results(page).locator('li[data-id="travel-ticket-refund"]');
  await expect(topic.getByRole("link").first()).toHaveAttribute("href", "/help/travel/travel-ticket-refund");
});

test("nothing found says what to try and links to the audience pages", async ({ page }) => {
  await page.goto("/search");
  await box(page).fill("ывапролдж");
  await expect(page.getByTestId("search-empty")).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Я покупатель" }).last()).toHaveAttribute("href", "/buyers");
  await expect(page.getByRole("link", { name: "Я продаю на Ozon" }).last()).toHaveAttribute("href", "/sellers");
});

test("hostile input gives an empty state, not an error", async ({ page }) => {
  await page.goto("/search");
  for (const q of ["a".repeat(10_000), "(.*)+[\\", "😀☎️📞", "مرحبا بالعالم"]) {
    await box(page).fill(q);
    await expect(page.getByTestId("search-empty")).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  }
  await box(page).fill("     ");
  await expect(page.getByTestId("search-empty")).toHaveCount(0);
  await expect(results(page)).toHaveCount(0);
});

test("arrow keys move through the results and Enter opens one", async ({ page }) => {
  await page.goto("/search");
  await box(page).fill("вернуть авиабилет");
  await expect(items(page).first()).toBeVisible();
  const firstLink = items(page).nth(0).getByRole("link").first();
  const secondLink = items(page).nth(1).getByRole("link").first();
  await box(page).press("ArrowDown");
  await expect(firstLink).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(secondLink).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(firstLink).toBeFocused();
  const href = await firstLink.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === href);
});

test("Escape clears the query, the results and the URL", async ({ page }) => {
  await page.goto("/search?q=bank");
  await expect.poll(() => topIds(page)).toContain("bank-chat");
  await box(page).press("Escape");
  await expect(box(page)).toHaveValue("");
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.pathname === "/search" && !url.searchParams.has("q"));
  await expect(box(page)).toBeFocused();
});
