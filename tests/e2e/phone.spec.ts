import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { readChannel } from "./dataset";

async function canonicalUrl(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute("href");
  if (!href) throw new Error("no canonical link");
  return href;
}

test("a phone channel's vCard downloads and carries the name, the E.164 number and the page's address", async ({
  page,
  request,
}) => {
  const channel = readChannel("bank-phone-free");
  await page.goto(`/channels/${channel.id}`);
  const pageUrl = await canonicalUrl(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Сохранить в контакты" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${channel.id}.vcf`);
  const path = await download.path();
  const card = new ICAL.Component(ICAL.parse(await readFile(path, "utf8")));
  expect(card.getFirstPropertyValue("fn")).toBe(channel.title);
  expect(String(card.getFirstPropertyValue("tel"))).toBe("+78005558982");
  expect(String(card.getFirstPropertyValue("note"))).toContain(pageUrl);

  const response = await request.get(`/channels/${channel.id}/contact.vcf`);
  expect(response.headers()["content-type"]).toBe("text/vcard; charset=utf-8");
});

test("an email channel's vCard carries the address", async ({ request }) => {
  const response = await request.get("/channels/ethics-email/contact.vcf");
  expect(response.ok()).toBe(true);
  const card = new ICAL.Component(ICAL.parse(await response.text()));
  expect(card.getFirstPropertyValue("email")).toBe("ozon-hotline@delret.ru");
});

for (const id of ["hotline-8800", "moscow-phone", "sellermarket-phone", "wildberries-claims-email"]) {
  test(`no vCard for ${id} (disputed or not Ozon's)`, async ({ page, request }) => {
    await page.goto(`/channels/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Сохранить в контакты" })).toHaveCount(0);
    expect((await request.get(`/channels/${id}/contact.vcf`)).status()).toBe(404);
  });
}

test("on a computer the QR code decodes to the page's address; on a phone it is hidden", async ({ page }, testInfo) => {
  await page.goto("/channels/bank-phone-free");
  const qr = page.getByRole("img", { name: "QR-код со ссылкой на эту страницу" });
  if (testInfo.project.name === "phone") {
    await expect(qr).toBeHidden();
    return;
  }
  await expect(qr).toBeVisible();
  const size = 200;
  // Rasterised the way a browser shows it: the SVG as an image drawn onto a canvas. Sent back as one
  // character per pixel (dark or light), which keeps the transfer small.
  const dark = await qr.evaluate(async (element, side) => {
    const svg = element.querySelector("svg");
    if (!svg) throw new Error("no svg");
    const image = new Image(side, side);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, side, side);
    context.drawImage(image, 0, 0, side, side);
    const { data } = context.getImageData(0, 0, side, side);
    let bits = "";
    for (let i = 0; i < data.length; i += 4) bits += (data[i] ?? 255) < 128 ? "1" : "0";
    return bits;
  }, size);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < dark.length; i++)
    rgba.fill(dark[i] === "1" ? 0 : 255, i * 4, i * 4 + 3).fill(255, i * 4 + 3, i * 4 + 4);
  const decoded = jsQR(rgba, size, size);
  expect(decoded?.data).toBe(await canonicalUrl(page));
});

test("without the Web Share API, Поделиться copies the page's address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, "share");
  });
  await page.goto("/channels/buyer-support-chat");
  await page.getByRole("button", { name: "Поделиться" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ссылка скопирована" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonicalUrl(page));
});

test("copy and share show only once they work: not in a browser without scripts, where they would do nothing", async ({
  page,
  browser,
  context,
}) => {
  const { viewport, isMobile } = test.info().project.use;
  const staticContext = await browser.newContext({ javaScriptEnabled: false, viewport, isMobile });
  const staticPage = await staticContext.newPage();
  await staticPage.goto("/channels/buyer-support-chat");
  await expect(staticPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(staticPage.getByRole("button", { name: "Поделиться" })).toBeHidden();
  await expect(staticPage.getByRole("button", { name: /^Копировать/ })).toHaveCount(0);
  await staticContext.close();

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/channels/help-email");
  const copy = page.getByRole("button", { name: /^Копировать/ }).first();
  await copy.click();
  await expect(copy).toHaveText("Скопировано");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("@");
});

test("home on a 360 × 740 phone: search, the common answers and every audience above the fold", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const fold = 740;
  const bottom = async (locator: Locator) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error("not rendered");
    return box.y + box.height;
  };
  expect(await bottom(page.getByRole("searchbox"))).toBeLessThanOrEqual(fold);
  const answers = page.getByRole("region", { name: "Частые вопросы" });
  for (const href of ["/channels/buyer-support-chat", "/channels/seller-support-chat", "/check"]) {
    expect(await bottom(answers.locator(`a[href="${href}"]`))).toBeLessThanOrEqual(fold);
  }
  const choice = page.getByRole("region", { name: "Кто вы?" });
  const audiences: unknown[] = JSON.parse(readFileSync("data/audiences.json", "utf8"));
  await expect(choice.getByRole("link")).toHaveCount(audiences.length);
  expect(await bottom(choice)).toBeLessThanOrEqual(fold);
  await page.screenshot({ path: "/tmp/home-phone.png" });
});
