import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/** At phone size only: both projects share one server and database, and the counts here must be exact. */
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
  const before = await counts(request, channel);
  await page.goto(`/channels/${channel}`);
  const reports = widget(page);
  await expect(reports.getByTestId("reports-summary")).toBeVisible();
  await reports.getByRole("button", { name: "Да, ответил человек" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  await expect(reports.getByTestId("reports-summary")).toContainText(
    `связались с человеком: ${before.reached + 1}, не получилось: ${before.failed}.`,
  );
  await expect(reports.getByRole("button", { name: "Да, ответил человек" })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(reports.getByTestId("reports-sent")).toContainText("получилось");
  await reports.getByRole("button", { name: "Нет" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  await expect(reports.getByTestId("reports-summary")).toContainText(
    `связались с человеком: ${before.reached}, не получилось: ${before.failed + 1}.`,
  );
  expect(await counts(request, channel)).toEqual({ reached: before.reached, failed: before.failed + 1 });
});

test("the reason and a comment update the same report; the comment is never shown", async ({ page, request }) => {
  const channel = "buyer-support-chat";
  const before = await counts(request, channel);
  await page.goto(`/channels/${channel}`);
  const reports = widget(page);
  await reports.getByRole("button", { name: "Нет" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  await reports.getByLabel("Что пошло не так? (необязательно)").selectOption("bot-only");
  const comment = "Бот трижды предложил статью и закрыл чат";
  await reports.getByLabel(/Комментарий для редакции/).fill(comment);
  await reports.getByRole("button", { name: "Дополнить ответ" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
  expect(await counts(request, channel)).toEqual({ reached: before.reached, failed: before.failed + 1 });
  await page.reload();
  await expect(reports.getByTestId("reports-sent")).toContainText("не получилось");
  await expect(page.getByText(comment)).toHaveCount(0);
});

test("a topic answer page asks about its recommended channel too", async ({ page }) => {
  await page.goto("/help/buyers/buyer-order-status");
  const reports = widget(page);
  await expect(reports).toBeVisible();
  await expect(reports.getByRole("group")).toContainText("Удалось дозваться человека через «");
  await expect(reports.getByTestId("reports-summary")).toBeVisible();
});
