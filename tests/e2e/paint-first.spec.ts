import { expect, test, type Page } from "@playwright/test";
import { holdFramework } from "./framework";

/**
 * lib/paint-first.ts: before its first paint a page asks for its HTML and its stylesheet only; the
 * framework and the manifest follow the paint, and the page then works as before.
 */

const KINDS = ["/", "/buyers", "/channels/bank-phone-free", "/help/buyers", "/check", "/compose", "/search"];

type Timing = { fcp: number | null; chunks: Array<{ name: string; startTime: number }>; manifest: boolean };

async function timing(page: Page): Promise<Timing> {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    chunks: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/_next/static/") && e.name.endsWith(".js"))
      .map((e) => ({ name: e.name, startTime: e.startTime })),
    manifest: document.querySelector('link[rel="manifest"]') !== null,
  }));
}

for (const path of KINDS) {
  test(`${path}: no framework script is requested before the first contentful paint`, async ({ page }) => {
    const html = await (await page.request.get(path)).text();
    expect(html).not.toMatch(/<script[^>]+src="\/_next\/static\/[^"]+\.js"[^>]*async/);
    expect(html).not.toContain('<link rel="manifest"');
    await page.goto(path);
    // The framework has loaded and the manifest is back in the head.
    await expect.poll(async () => (await timing(page)).manifest).toBe(true);
    await expect.poll(async () => (await timing(page)).chunks.length).toBeGreaterThan(3);
    const { fcp, chunks } = await timing(page);
    expect(fcp).not.toBeNull();
    for (const chunk of chunks) expect(chunk.startTime, chunk.name).toBeGreaterThanOrEqual(fcp ?? Infinity);
  });
}

test("the page works once the framework has followed the paint: search answers as you type", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Номер, почта или проблема своими словами", { exact: true }).fill("возврат");
  await expect(page.locator("#main").getByRole("status")).toContainText("Нашли");
});

test("a hidden page (a background tab, a prerender) loads the framework at once", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(document, "visibilityState", { get: () => "hidden" }));
  await page.goto("/buyers");
  await expect.poll(() => page.evaluate(() => document.querySelectorAll("script[src]").length)).toBeGreaterThan(3);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
});

test("a shared search link paints the static page, then its results take the hints' place without a shift", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if ("value" in entry && typeof entry.value === "number") shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/search?q=${encodeURIComponent("возврат")}`);
  await expect(page.locator("#main").getByRole("status")).toContainText("Нашли");
  const shifts = await page.evaluate(() => ("shifts" in window ? window.shifts : null));
  expect(shifts).toEqual([]);
});

test("text typed into the static search box before the framework has loaded is searched once it has", async ({
  page,
}) => {
  const release = await holdFramework(page);
  // Not "load": the held scripts keep it from firing.
  await page.goto("/search", { waitUntil: "domcontentloaded" });
  const box = page.getByLabel("Номер, почта или проблема своими словами", { exact: true });
  await box.fill("возврат");
  release();
  await expect(page.locator("#main").getByRole("status")).toContainText("Нашли");
  await expect(box).toHaveValue("возврат");
  await expect(box).toBeFocused();
});

test("buttons that need the framework are disabled until it has loaded, then work", async ({ page }) => {
  const release = await holdFramework(page);
  await page.goto("/channels/bank-phone-free", { waitUntil: "domcontentloaded" });
  const reports = page.getByRole("region", { name: "Получилось связаться?" });
  // The report choices are a plain form's buttons and work before it (tests/e2e/reports.spec.ts).
  const buttons = [
    page.getByRole("button", { name: "Поделиться" }),
    page.getByRole("button", { name: /^Копировать/ }).first(),
  ];
  for (const button of buttons) await expect(button).toBeDisabled();
  release();
  for (const button of buttons) await expect(button).toBeEnabled();
  await reports.getByRole("button", { name: "Нет" }).click();
  await expect(reports.getByRole("status")).toHaveText("Спасибо, сохранено.");
});
