import { expect, test } from "@playwright/test";
import { directory } from "../../lib/dataset/schema";
import { apiDirectory } from "../../lib/dataset/json-schema";

test("home → audience → channel, with working tel: and mailto: links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Как связаться с Ozon");
  await page.getByRole("link", { name: "Продавцы" }).click();
  await expect(page).toHaveURL(/\/sellers$/);
  await expect(page.getByTestId("no-phone")).toBeVisible();
  const firstCard = page.locator("article[data-channel]").first();
  await expect(firstCard).toHaveAttribute("data-channel", "seller-support-chat");
  await firstCard.getByRole("heading").getByRole("link", { name: /чат/i }).click();
  await expect(page).toHaveURL(/\/channels\/seller-support-chat$/);
  await expect(page.getByRole("heading", { name: "Что говорят источники" })).toBeVisible();
});

test("a phone channel offers tel: in E.164 and shows the Russian format", async ({ page }) => {
  await page.goto("/channels/bank-phone-free");
  await expect(page.getByTestId("channel-value").first()).toHaveText("8 (800) 555-89-82");
  await expect(page.getByRole("link", { name: "Позвонить" })).toHaveAttribute("href", "tel:+78005558982");
});

test("an email channel offers mailto:", async ({ page }) => {
  await page.goto("/channels/ethics-email");
  await expect(page.getByRole("link", { name: "Написать письмо" })).toHaveAttribute(
    "href",
    "mailto:ozon-hotline@delret.ru",
  );
});

test("a number the sources dispute says so, with how sure we are, and points to where to write instead", async ({
  page,
}) => {
  await page.goto("/channels/hotline-8800");
  await expect(page.getByText("Под вопросом").first()).toBeVisible();
  await expect(page.locator("[data-confidence]").first()).toHaveAttribute("data-confidence", "conflict");
  await expect(page.getByTestId("disagreement")).toContainText("пишут, что он не работает");
  await page.getByText("Вместо него:").getByRole("link").click();
  await expect(page).toHaveURL(/\/channels\/buyer-support-chat$/);
});

test("a third-party number is labelled as not Ozon's", async ({ page }) => {
  await page.goto("/channels/sellermarket-phone");
  await expect(page.getByText("Не Ozon").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Позвонить" })).toHaveCount(0);
});

test("unknown pages get the helpful 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Такой страницы нет" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Я покупатель" })).toBeVisible();
  const unknownChannel = await page.goto("/channels/no-such-channel");
  expect(unknownChannel?.status()).toBe(404);
});

test("the JSON endpoints parse: the data against the schema, the schema as JSON Schema", async ({ request }) => {
  const data = await request.get("/api/v1/directory.json");
  expect(data.ok()).toBe(true);
  const parsed = apiDirectory.safeParse(await data.json());
  expect(parsed.success).toBe(true);
  const channels = new Map(parsed.data?.channels.map((c) => [c.id, c.confidence]));
  expect(channels.get("ir-email")).toBe("several");
  expect(channels.get("seller-messengers")).toBe("advertiser");
  const schema = await request.get("/api/v1/schema.json");
  const json: unknown = await schema.json();
  expect(json).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" });
  expect(JSON.stringify(json)).toContain('"enum":["conflict","official","several","single","advertiser","none"]');
});

test("sitemap lists every audience and channel page; robots points to it", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const data = directory.parse(await (await request.get("/api/v1/directory.json")).json());
  for (const a of data.audiences) expect(xml).toContain(`/${a.id}</loc>`);
  for (const c of data.channels) expect(xml).toContain(`/channels/${c.id}</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toContain("sitemap.xml");
});

test("no horizontal scroll on the home, an audience and a channel page", async ({ page }) => {
  for (const path of ["/", "/buyers", "/channels/buyer-support-chat", "/sources"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
