import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/**
 * "Did you get through?" on English pages, at the phone size: the same reports as on the Russian twin, in
 * English, with and without scripts. Each test reports on a channel no other test reports on.
 */
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone size only");
});

async function reached(request: APIRequestContext, channel: string): Promise<unknown> {
  const body: unknown = await (await request.get(`/api/v1/channels/${channel}/reports`)).json();
  return Reflect.get(Object(body), "reached");
}

const widget = (page: Page) => page.getByRole("region", { name: "Did you get through?" });

test("a seller abroad reports that a channel worked, and the English count changes", async ({ page, request }) => {
  const channel = "seller-app";
  expect(await reached(request, channel)).toBe(0);
  await page.goto(`/en/channels/${channel}`);
  const reports = widget(page);
  await reports.getByRole("button", { name: "Yes, a person answered" }).click();
  await expect(reports.getByRole("status")).toHaveText("Thank you, saved.");
  await expect(reports.getByTestId("reports-summary")).toContainText("reached a person: 1, did not get through: 0.");
  expect(await reached(request, channel)).toBe(1);
  // One report, whichever language it was sent in: the Russian twin knows this visitor's answer (its summary
  // may be the cached one of up to a minute ago).
  await page.goto(`/channels/${channel}`);
  await expect(page.getByTestId("reports-sent")).toContainText("получилось");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form files the report and comes back to the English page with an English confirmation", async ({
    page,
    request,
  }) => {
    const channel = "seller-knowledge-base";
    await page.goto(`/en/channels/${channel}`);
    await widget(page).getByRole("button", { name: "Yes, a person answered" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/channels/${channel}#report-saved$`));
    await expect(page.locator("#report-saved")).toHaveText("Thank you, your answer is saved.");
    expect(await reached(request, channel)).toBe(1);
  });
});
