import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/**
 * At phone size only: both projects share one server and database, and the counts here must be exact.
 * Every test reports on a channel of its own: the browser and these requests all come from 127.0.0.1,
 * one client, whose latest report of the day is the one that counts.
 */
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone size only");
});

async function counts(request: APIRequestContext, channel: string): Promise<{ reached: number; failed: number }> {
  const body: unknown = await (await request.get(`/api/v1/channels/${channel}/reports`)).json();
  const reached: unknown = Reflect.get(Object(body), "reached");
  const failed: unknown = Reflect.get(Object(body), "failed");
  if (typeof reached !== "number" || typeof failed !== "number") throw new Error("no counts in the summary");
  return { reached, failed };
}

function widget(page: Page) {
  return page.getByRole("region", { name: "Получилось связаться?" });
}

test("a visitor reports that a channel worked, sees the count change, then changes the answer", async ({
  page,
  request,
}) => {
  const channel = "help-email";
  expect(await counts(request, channel)).toEqual({ reached: 0, failed: 0 });
  await page.goto(`/channels/${channel}`);
  const reports = widget(page);
  await expect(reports.getByTestId("reports-summary")).toBeVisible();
  await reports.getByRole("button", { name: "Да, ответил человек" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  await expect(reports.getByTestId("reports-summary")).toContainText("связались с человеком: 1, не получилось: 0.");
  await expect(reports.getByRole("button", { name: "Да, ответил человек" })).toHaveAttribute("aria-pressed", "true");
  // Sent with fetch: the page stayed where it was.
  expect(new URL(page.url()).hash).toBe("");

  await page.reload();
  await expect(reports.getByTestId("reports-sent")).toContainText("получилось");
  await reports.getByRole("button", { name: "Нет" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  // The same visitor on the same day: the new answer replaces the first in the counts.
  await expect(reports.getByTestId("reports-summary")).toContainText("связались с человеком: 0, не получилось: 1.");
  expect(await counts(request, channel)).toEqual({ reached: 0, failed: 1 });
});

test("the reason and a comment go with the answer; the comment is never shown", async ({ page, request }) => {
  const channel = "buyer-support-chat";
  await page.goto(`/channels/${channel}`);
  const reports = widget(page);
  await reports.getByText("Добавить подробности (необязательно)").click();
  await reports.getByLabel("Если не получилось — что пошло не так?").selectOption("bot-only");
  const comment = "Бот трижды предложил статью и закрыл чат";
  await reports.getByLabel(/Комментарий для редакции/).fill(comment);
  await reports.getByRole("button", { name: "Нет" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  expect(await counts(request, channel)).toEqual({ reached: 0, failed: 1 });
  await page.reload();
  await expect(reports.getByTestId("reports-sent")).toContainText("не получилось");
  await expect(page.getByText(comment)).toHaveCount(0);
});

test("a topic answer page asks about its recommended channel too", async ({ page }) => {
  await page.goto("/help/buyers/buyer-order-status");
  const reports = widget(page);
  await expect(reports).toBeVisible();
  await expect(reports.getByRole("group", { name: /^Удалось дозваться человека через «.+»\?$/ })).toBeVisible();
  await expect(reports.getByTestId("reports-summary")).toBeVisible();
});

test("a tap before the framework has loaded files the report through the plain form", async ({ page, request }) => {
  const channel = "ethics-email";
  // The framework's scripts never arrive: what a visitor has between the first paint and hydration.
  await page.route(/\/_next\/static\/.+\.js$/, (route) => route.abort());
  await page.goto(`/channels/${channel}`);
  await widget(page).getByRole("button", { name: "Нет" }).click();
  await expect(page).toHaveURL(new RegExp(`/channels/${channel}#report-saved$`));
  await expect(page.locator("#report-saved")).toBeVisible();
  expect(await counts(request, channel)).toEqual({ reached: 0, failed: 1 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form files a report, comes back to the page with a confirmation, and the report is counted", async ({
    page,
    request,
  }) => {
    const channel = "bank-chat";
    expect(await counts(request, channel)).toEqual({ reached: 0, failed: 0 });
    await page.goto(`/channels/${channel}`);
    const reports = widget(page);
    await expect(page.locator("#report-saved")).toBeHidden();
    await reports.getByText("Добавить подробности (необязательно)").click();
    await reports.getByLabel("Если получилось — сколько минут ждали ответа человека?").fill("12");
    await reports.getByRole("button", { name: "Да, ответил человек" }).click();
    await expect(page).toHaveURL(new RegExp(`/channels/${channel}#report-saved$`));
    await expect(page.locator("#report-saved")).toHaveText("Спасибо, ответ сохранён.");
    await expect(page.locator("#report-saved")).toBeVisible();
    expect(await counts(request, channel)).toEqual({ reached: 1, failed: 0 });
    const summary: unknown = await (await request.get(`/api/v1/channels/${channel}/reports`)).json();
    expect(summary).toMatchObject({ medianWaitMinutes: 12 });
  });

  test("a topic page's form returns to the topic page", async ({ page }) => {
    const path = "/help/buyers/buyer-order-status";
    await page.goto(path);
    await widget(page).getByRole("button", { name: "Нет" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}#report-saved$`));
    await expect(page.locator("#report-saved")).toBeVisible();
    await expect(page.locator("#report-invalid")).toBeHidden();
  });
});
