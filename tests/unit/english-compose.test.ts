import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { sellerCategoryId, type SellerCategoryId } from "@/lib/dataset/schema";
import { formatError, validateDataset } from "@/lib/dataset/validate";
import { sellerCategory } from "@/lib/dataset/seller-form";
import { askIds } from "@/lib/compose/asks";
import { topicCategory, type ComposeTopic } from "@/lib/compose/catalog";
import { followUp } from "@/lib/compose/deadline";
import { applyLink, withTopic, type LinkTopic } from "@/lib/compose/deep-link";
import { buildEnglishComposeCatalog } from "@/lib/compose/english-catalog";
import { emptyForm } from "@/lib/compose/form-state";
import { composeRequest } from "@/lib/compose/request";
import { validateDraft } from "@/lib/compose/schema";
import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import englishCompose from "@/lib/i18n/messages/en/compose.json";
import { toRaw, validFixture } from "./fixtures/dataset";

const dir = loadDirectory();
const asks = { english: EN_MESSAGES.compose.asks, russian: RU_MESSAGES.compose.asks };
const catalog = buildEnglishComposeCatalog(dir, asks, (id) => ({ href: `/en/channels/${id}` }));
const TODAY = "2026-11-18";
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The seller's own words, in English, with a second line and a double space to show nothing is tidied. */
const DESCRIPTION = "The payout for 1-15 November has not reached my bank account.\nThe report shows it as  paid.";
const NAME = "John Smith";
const PRODUCT = "Blue ceramic mug";

function categoryOf(t: ComposeTopic): SellerCategoryId | undefined {
  const raw = dir.topics.find((x) => x.id === t.id);
  return raw && topicCategory(raw);
}

/** A valid draft as the English form hands it over, with the given number and ask. */
function draftFor(topic: ComposeTopic, orderNumber: string, expectedOutcome: string) {
  const r = validateDraft(
    {
      audience: "sellers",
      topicId: topic.id,
      channelId: topic.channels[0]?.id ?? "",
      orderNumber,
      productName: PRODUCT,
      incidentDate: "2026-11-15",
      whatHappened: DESCRIPTION,
      expectedOutcome,
      evidence: topic.evidence.slice(0, 2),
      name: NAME,
    },
    { today: TODAY, messages: englishCompose.form.errors },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
}

/** Latin words in the text once what the seller typed is taken out. Ozon is written in Latin in Russian too. */
function latinWords(text: string, typed: readonly string[]): string[] {
  const fixed = typed.reduce((t, value) => t.split(value).join(" "), text);
  return (fixed.match(/[A-Za-z]+/g) ?? []).filter((w) => w !== "Ozon");
}

// Every category an English seller topic uses; a category none uses could not be reached from the English form.
const reachable = new Map<SellerCategoryId, ComposeTopic>();
for (const t of catalog.topics) {
  const c = categoryOf(t);
  if (c && !reachable.has(c)) reachable.set(c, t);
}

describe("the English composer's catalog", () => {
  it("offers the seller topics with English pages, in English, keeping the Russian titles for the request", () => {
    expect(catalog.writtenIn).toBe("en");
    expect(catalog.topics.length).toBeGreaterThan(5);
    for (const t of catalog.topics) {
      expect(t.audience).toBe("sellers");
      expect(t.title).not.toMatch(CYRILLIC);
      expect(t.russian?.title).toMatch(CYRILLIC);
      for (const p of t.prepare) expect(p.replace(/«[^»]*»/g, "")).not.toMatch(CYRILLIC);
      expect(t.asks?.length).toBeGreaterThan(1);
      for (const c of t.channels) {
        expect(c.title).not.toMatch(CYRILLIC);
        expect(c.kindLabel).not.toMatch(CYRILLIC);
        expect(c.response?.text ?? "").not.toMatch(CYRILLIC);
        expect(c.response?.context ?? "").not.toMatch(CYRILLIC);
        expect(c.page?.href).toBe(`/en/channels/${c.id}`);
        if (c.category) expect(c.russian?.category).toMatch(CYRILLIC);
      }
    }
    const payouts = catalog.topics.find((t) => t.id === "seller-payouts");
    expect(payouts).toMatchObject({ title: "Payouts, reports and bank details", category: "Finance" });
    expect(payouts?.russian).toEqual({ title: "Выплаты, отчёты и реквизиты", category: "Финансы" });
    expect(payouts?.channels[0]).toMatchObject({ category: "Finance", russian: { category: "Финансы" } });
    expect(payouts?.channels[0]?.response?.text).toBe("1–3 business days");
  });

  it("gives sellers' advice in English", () => {
    expect(catalog.noAnswer.sellers).toEqual(dir.guidance.en?.noAnswer);
    expect(catalog.mistakes).toEqual(dir.guidance.en?.mistakes);
    for (const text of [...catalog.noAnswer.sellers, ...catalog.mistakes, ...(dir.guidance.en?.writing ?? [])])
      expect(text.replace(/«[^»]*»/g, "")).not.toMatch(CYRILLIC);
  });

  it("has every ask in Russian and in English", () => {
    for (const id of askIds) {
      expect(RU_MESSAGES.compose.asks[id]).toMatch(CYRILLIC);
      expect(EN_MESSAGES.compose.asks[id]).not.toMatch(CYRILLIC);
    }
  });

  it("reaches every seller category through an English topic", () => {
    // Were one not used by any English topic, this lists it: its request could not be made from the English form.
    expect(sellerCategoryId.options.filter((c) => !reachable.has(c))).toEqual([]);
  });
});

describe("a Russian request from English inputs", () => {
  const numbers = ["12345678-0012-1", "123456789"];

  it.each(sellerCategoryId.options.map((c, i) => [c, numbers[i % 2] ?? ""]))(
    "for %s, with the number %s",
    (category, orderNumber) => {
      const topic = reachable.get(category);
      if (!topic) throw new Error(`no English topic uses ${category}`);
      const ask = topic.asks?.[0];
      if (!ask) throw new Error(`${topic.id} offers no ask`);
      const channel = topic.channels[0];
      const r = composeRequest(draftFor(topic, orderNumber, ask.text), topic, channel, catalog.writtenIn);
      const russianCategory = sellerCategory(dir.guidance, category)?.title ?? "";

      expect(r.text.startsWith("Здравствуйте!\n\nЯ продавец на Ozon, пишу по вопросу «")).toBe(true);
      expect(r.text).toContain(`Тема: ${russianCategory} — ${topic.russian?.title}`);
      expect(r.text).toContain(`Номер заказа: ${orderNumber}`);
      expect(r.text).toContain("Дата: 15.11.2026");
      expect(r.text).toContain(`Описание продавца (на английском):\n${DESCRIPTION}\n\n`);
      expect(r.text).toContain(`Что я прошу сделать:\n${ask.text}`);
      expect(r.text).toContain("Прилагаю:\n— ");
      expect(r.text).toContain("\n\nЕсли возможно, ответьте, пожалуйста, на английском языке.\n\n");
      expect(r.text.endsWith(`С уважением, ${NAME}`)).toBe(true);
      expect(latinWords(r.text, [DESCRIPTION, PRODUCT, NAME, orderNumber])).toEqual([]);
      expect(r.subject).toBe(`${russianCategory} — ${topic.russian?.title}, заказ ${orderNumber}`);
    },
  );

  it("marks the seller's own ask as English too, and keeps a letter's body Russian", () => {
    const topic = reachable.get("finance");
    if (!topic) throw new Error("no finance topic");
    const email = topic.channels.find((c) => c.kind === "email");
    const own = "Please pay out the money this week.";
    const r = composeRequest(draftFor(topic, "12345678-0012", own), topic, email, "en");
    expect(r.text).toContain(`Что я прошу сделать (на английском):\n${own}`);
    expect(r.text).not.toContain("Что я прошу сделать:\n");
    // A letter is about its topic's category even where the address has no form to pick it in.
    expect(r.subject).toBe("Финансы — Выплаты, отчёты и реквизиты, заказ 12345678-0012");
    expect(r.mailto).toContain(encodeURIComponent("Описание продавца (на английском):"));
  });

  it("leaves the Russian composer's request as it was", () => {
    const topic = { title: "Выплаты, отчёты и реквизиты", category: "Финансы" };
    const draft = validateDraft(
      {
        audience: "sellers",
        topicId: "seller-payouts",
        channelId: "seller-support-chat",
        whatHappened: "Выплата за период 1–15 ноября не поступила на расчётный счёт.",
        expectedOutcome: "Проверить начисление и перечислить выплату.",
      },
      { today: TODAY },
    );
    if (!draft.ok) throw new Error("invalid");
    const text = composeRequest(draft.draft, topic, undefined).text;
    expect(text).toContain("Что произошло:\n");
    expect(text).not.toContain("английск");
  });
});

describe("the English form", () => {
  it("says its errors in English", () => {
    const r = validateDraft(
      { audience: "sellers", topicId: "", channelId: "", whatHappened: "short", expectedOutcome: "" },
      { today: TODAY, messages: englishCompose.form.errors },
    );
    expect(r.ok ? {} : r.errors).toEqual({
      topicId: "Choose a topic",
      whatHappened: "Describe what happened in more detail: at least 30 characters",
      expectedOutcome: "Choose what you ask for, or write it in your own words",
    });
  });

  it("gives the expected answer's date in English, as yyyy-mm-dd", () => {
    const sent = new Date("2026-11-18T09:00:00Z");
    expect(followUp({ from: 1, to: 3, unit: "business-days" }, sent, "en").phrase).toBe(
      "expect the answer by 2026-11-23",
    );
    expect(followUp({ to: 15, unit: "minutes" }, sent, "en").phrase).toBe("expect the answer within 15 minutes");
    expect(followUp({ to: 15, unit: "minutes" }, sent).phrase).toBe("ответ ожидается в течение 15 минут");
  });

  it("chooses its one audience whatever the link says, and drops an ask the new topic doesn't offer", () => {
    const topics: LinkTopic[] = catalog.topics;
    const opened = applyLink(emptyForm, { audience: "buyers", topic: "seller-payouts" }, topics);
    expect(opened).toMatchObject({ audience: "sellers", topicId: "seller-payouts" });
    expect(applyLink(emptyForm, {}, topics).audience).toBe("sellers");

    const payoutAsk = catalog.topics.find((t) => t.id === "seller-payouts")?.asks?.[0]?.text ?? "";
    const explain = RU_MESSAGES.compose.asks.explain;
    expect(withTopic({ ...opened, expectedOutcome: payoutAsk }, "seller-account", topics).expectedOutcome).toBe("");
    expect(withTopic({ ...opened, expectedOutcome: explain }, "seller-account", topics).expectedOutcome).toBe(explain);
    expect(withTopic({ ...opened, expectedOutcome: "My own words" }, "seller-account", topics).expectedOutcome).toBe(
      "My own words",
    );
  });
});

describe("guidance in English", () => {
  it("is needed once English pages exist, list for list", () => {
    const d = validFixture();
    const [buyers] = d.audiences;
    if (buyers) buyers.en = { title: "Buyers", label: "I am a buyer", description: "…", phrases: ["buyer"] };
    d.guidance.en = { writing: [], mistakes: ["No number"], noAnswer: ["Wait"] };
    const errors = validateDataset(toRaw(d)).errors.map(formatError);
    expect(errors).toContain(
      "data/guidance.json › guidance › en.writing: нужен английский текст: запись показана на английской странице; по-русски пунктов 1, по-английски 0",
    );
    expect(errors.filter((e) => e.includes("guidance › en"))).toHaveLength(1);
  });
});
