import { expect, test, type Page } from "@playwright/test";
import { readChannel } from "./dataset";

/** Monday 23 November 2026 at the given Moscow time. */
function moscow(time: string): Date {
  return new Date(`2026-11-23T${time}:00+03:00`);
}

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /hydrat/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

test("a seller with a late payout reaches the seller chat, the finance category, the time and what to prepare in two taps", async ({
  page,
}) => {
  await page.clock.setFixedTime(moscow("12:00"));
  const problems = watchConsole(page);
  await page.goto("/");
  await page.getByRole("link", { name: "Продавцы" }).click();
  await page.getByRole("link", { name: "Выплаты, отчёты и реквизиты" }).click();
  await expect(page).toHaveURL(/\/help\/sellers\/seller-payouts$/);
  const best = page.locator("[data-recommended]").first();
  await expect(best).toHaveAttribute("data-recommended", "seller-support-chat");
  await expect(best).toContainText("«Финансы»");
  await expect(best).toContainText("1–3 рабочих дня");
  await expect(page.getByRole("heading", { name: "Что подготовить" })).toBeVisible();
  await expect(page.getByTestId("no-phone")).toContainText("Надёжного телефона нет");
  expect(problems).toEqual([]);
});

test("a topic names the seller form's category by its title from the guidance", async ({ page }) => {
  await page.goto("/help/sellers/seller-promotions");
  await expect(page.locator("[data-recommended]").first()).toContainText("категорию «Промо-акции»");
});

test("a buyer who wants to call learns no number is reliable, by whose word, and what to use instead", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Покупатели" }).click();
  await page.getByRole("link", { name: "Хочу позвонить и поговорить с человеком" }).click();
  await expect(page.getByTestId("no-phone")).toContainText("Надёжного телефона нет.");
  await expect(page.getByTestId("no-phone")).toContainText("Номера, по которому покупателю точно ответит человек, нет");
  await expect(page.locator("[data-recommended]").first()).toHaveAttribute("data-recommended", "buyer-support-chat");
});

test("someone reporting a bribe reaches the ethics hotline and its anonymity terms", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Этика и нарушения" }).click();
  await page.getByRole("link", { name: "Взятка или коррупция" }).click();
  const best = page.locator("[data-recommended]").first();
  await expect(best).toHaveAttribute("data-recommended", "ethics-email");
  await expect(best).toContainText("анонимно");
  await expect(best.getByRole("link", { name: "Написать письмо" })).toHaveAttribute(
    "href",
    "mailto:ozon-hotline@delret.ru",
  );
});

test.describe("open now, with a fixed clock", () => {
  test("at noon in Moscow the buyer chat has operators", async ({ page }) => {
    await page.clock.setFixedTime(moscow("12:00"));
    await page.goto("/channels/buyer-support-chat");
    const state = page.getByTestId("open-now").first();
    await expect(state).toContainText("Сейчас открыто");
    await expect(state).toContainText("операторы на связи, до 22:00 МСК");
  });

  test("at 23:30 the bot answers and the operators are back at 09:00, as the one source on chat hours gives them", async ({
    page,
  }) => {
    await page.clock.setFixedTime(moscow("23:30"));
    await page.goto("/channels/buyer-support-chat");
    const state = page.getByTestId("open-now").first();
    await expect(state.locator("[data-state]")).toHaveAttribute("data-state", "bot");
    await expect(state).toContainText("Сейчас только бот");
    await expect(state).toContainText("бот отвечает круглосуточно");
    await expect(state).toContainText("операторов нет, с 09:00 МСК");
    // A heading «Круглосуточная служба поддержки» is no statement about the chat's operators (issue 26).
    await expect(state).not.toContainText("круглосуточно —");
  });

  test.describe("a visitor in Vladivostok", () => {
    test.use({ timezoneId: "Asia/Vladivostok" });
    test("sees the hours in their own time too", async ({ page }) => {
      await page.clock.setFixedTime(moscow("12:00"));
      await page.goto("/channels/buyer-support-chat");
      const state = page.getByTestId("open-now").first();
      await expect(state).toContainText("до 22:00 МСК (05:00 по вашему времени)");
      await expect(state).toContainText("16:00–05:00 следующего дня по вашему времени");
    });
  });

  test("the static HTML shows the hours themselves, without a clock", async ({ request }) => {
    const html = await (await request.get("/channels/buyer-support-chat")).text();
    expect(html).toContain("ежедневно 09:00–22:00");
    expect(html).not.toContain("Сейчас открыто");
  });

  test("a list card's clock gets the shifts, not the hours' notes, in the page's data", async ({ request }) => {
    const chat = readChannel("buyer-support-chat");
    const notes = [chat.hours?.note, ...(chat.hours?.staffing.map((s) => s.note) ?? [])].filter((n) => n !== undefined);
    expect(notes.length).toBeGreaterThan(0);
    const own = await (await request.get("/channels/buyer-support-chat")).text();
    for (const note of notes) expect(own).toContain(note);
    const list = await (await request.get("/buyers")).text();
    expect(list).toContain('data-channel="buyer-support-chat"');
    for (const note of notes) expect(list).not.toContain(note);
  });

  test("filling in the open-now state does not shift the layout", async ({ page, browser }) => {
    // Where things sit in the static HTML, as a browser without scripts lays it out: the headings and
    // open-now boxes above the visitors' reports (whose figures no build can know), and every box's height.
    const path = "/help/buyers/buyer-order-status";
    const geometry = (p: Page) =>
      p.locator("#main h2, [data-testid=open-now]").evaluateAll((els) => {
        const asks = [...document.querySelectorAll("h2")].find(
          (h) => h.textContent?.trim() === "Получилось связаться?",
        );
        const reports = asks?.closest("section")?.getBoundingClientRect().top ?? Infinity;
        const tops = els.map((e) => e.getBoundingClientRect().top).filter((top) => top < reports);
        const heights = els
          .filter((e) => e.matches("[data-testid=open-now]"))
          .map((e) => e.getBoundingClientRect().height);
        return { tops, heights };
      });
    const { viewport, isMobile, deviceScaleFactor } = test.info().project.use;
    const staticContext = await browser.newContext({ javaScriptEnabled: false, viewport, isMobile, deviceScaleFactor });
    const staticPage = await staticContext.newPage();
    await staticPage.goto(path);
    const before = await geometry(staticPage);
    await staticContext.close();
    expect(before.tops.length).toBeGreaterThan(2);
    // …and once the clock has filled every open-now box in: the room they keep holds the rest in place.
    await page.clock.setFixedTime(moscow("12:00"));
    await page.goto(path);
    const boxes = page.getByTestId("open-now");
    expect(await boxes.count()).toBe(before.heights.length);
    for (const box of await boxes.all()) await expect(box.locator("[data-state]")).toBeVisible();
    expect(await geometry(page)).toEqual(before);
  });
});
