import { axeViolations } from "./axe";
import { frameworkSettled } from "./framework";
import { expect, test, type Page } from "@playwright/test";

/**
 * The offline service worker (app/sw.js/worker.ts) in a real browser: after one visit the directory
 * opens without a network, pages it has not saved show the offline page, and a new worker taking over
 * says so once. The other specs block service workers (playwright.config.ts).
 */
test.use({ serviceWorkers: "allow" });

test.beforeEach(({}, testInfo) => {
  // The worker and its cache are the same at every window size; one size is enough.
  test.skip(testInfo.project.name !== "phone", "runs at one size");
  // The first visit downloads every page of the site into the cache.
  test.setTimeout(120_000);
});

/** Problems the page reports: errors, CSP violations (both console errors in Chromium) and uncaught exceptions. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** Opens the home page and waits until the worker has saved the site and serves this page. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto("/");
  // A registration is active only once its worker installed, and installing means precaching everything.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const notice = (page: Page) => page.getByRole("status").getByText("Сайт обновился");

test("after a first visit, audience and channel pages, the search and the number check open offline", async ({
  page,
  context,
}) => {
  const problems = watchProblems(page);
  await firstVisit(page);
  // Online, with the worker installed under the page's CSP: nothing blocked, nothing thrown.
  expect(problems).toEqual([]);
  // The first install is no update: nothing to announce.
  await expect(notice(page)).toHaveCount(0);
  // Online, links still navigate within the page: the worker leaves the router's fetches to the network
  // rather than answering them with the saved HTML.
  await page.evaluate(() => document.documentElement.setAttribute("data-same-document", ""));
  await page.getByRole("link", { name: "Продавцы", exact: true }).first().click();
  await expect(page).toHaveURL(/\/sellers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Продавцы");
  await expect(page.locator("html[data-same-document]")).toHaveCount(1);

  await context.setOffline(true);

  await page.goto("/buyers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Покупатели");
  await expect(page.locator("article[data-channel]").first()).toBeVisible();

  await page.goto("/channels/bank-phone-free");
  await expect(page.getByTestId("channel-value").first()).toHaveText("8 (800) 555-89-82");

  // The query is the page's own state: the saved /search answers it, with the saved index.
  await page.goto(`/search?q=${encodeURIComponent("возврат")}`);
  const results = page.getByRole("list", { name: "Результаты поиска", exact: true }).locator(":scope > li");
  await expect(results.first()).toHaveAttribute("data-id", "buyer-return");

  await page.goto("/check");
  await page.getByLabel("Номер телефона или адрес почты").fill("88002347000");
  await page.getByRole("button", { name: "Проверить" }).click();
  await expect(page.getByTestId("check-result").locator("[data-verdict]")).toHaveAttribute("data-verdict", "disputed");

  // A link followed in the page: the router's fetch fails offline, and the browser's own navigation
  // gets the saved page instead.
  await page.goto("/buyers");
  await page.getByRole("link", { name: "Вернуть товар", exact: true }).first().click();
  await expect(page).toHaveURL(/\/help\/buyers\/buyer-return$/);
  await expect(page.locator("[data-recommended]").first()).toBeVisible();
});

test("offline, a page that was never saved shows the offline page, whose links open", async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет подключения к интернету");
  await expect(page.getByRole("link", { name: "Поиск по справочнику" })).toHaveAttribute("href", "/search");
  await expect(page.getByRole("link", { name: "Проверить номер или почту" })).toHaveAttribute("href", "/check");
  // Not in the sitemap, so the page-by-page checks do not see it.
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Я покупатель" }).first().click();
  await expect(page).toHaveURL(/\/buyers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Покупатели");
});

test("a new worker taking over says so once, and Escape dismisses it", async ({ page }) => {
  await firstVisit(page);
  await page.reload();
  // Served by the worker now; hydrated and registered once the page is idle.
  await frameworkSettled(page);
  await expect(notice(page)).toHaveCount(0);

  // A deployment, as the page sees it: another worker script installs and takes over this page.
  await page.evaluate(() => navigator.serviceWorker.register("/sw.js?deployment=next").then(() => undefined));
  await expect(notice(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Закрыть" }).focus();
  await page.keyboard.press("Escape");
  await expect(notice(page)).toHaveCount(0);
  await expect(page.locator("#main")).toBeFocused();

  // Told once: the next page is served by the new worker from the start. A real deployment keeps the
  // worker's address, so the page's own registration must ask for the deployed one here; /sw.js would be
  // a deployment of its own, announced in its turn.
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      return register.call(this, String(url) === "/sw.js" ? "/sw.js?deployment=next" : url, options);
    };
  });
  await page.reload();
  await frameworkSettled(page);
  const installing = await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then(async (registration) => {
      await registration?.update();
      return registration?.installing !== null || registration.waiting !== null;
    }),
  );
  expect(installing).toBe(false);
  await expect(notice(page)).toHaveCount(0);
});
