import { describe, expect, it } from "vitest";
import { loadDirectory } from "../../lib/dataset/load";
import {
  buildComposeCatalog,
  composeStartFor,
  topicEvidence,
  topicRequiresOrder,
  topicSuggestsOrder,
} from "../../lib/compose/catalog";

const catalog = buildComposeCatalog(loadDirectory());
const topic = (id: string) => {
  const t = catalog.topics.find((x) => x.id === id);
  if (!t) throw new Error(`no topic ${id}`);
  return t;
};

describe("buildComposeCatalog", () => {
  it("keeps buyer and seller topics only, in order", () => {
    expect(new Set(catalog.topics.map((t) => t.audience))).toEqual(new Set(["buyers", "sellers"]));
    const sellers = catalog.topics.filter((t) => t.audience === "sellers").map((t) => t.id);
    expect(sellers[0]).toBe("seller-payouts");
  });

  it("offers a seller's payout through the chat, the app and the email, with the category's response time", () => {
    const payouts = topic("seller-payouts");
    expect(payouts.category).toBe("Финансы");
    expect(payouts.channels.map((c) => c.id)).toEqual(["seller-support-chat", "seller-app", "seller-email"]);
    const [chat, , email] = payouts.channels;
    expect(chat).toMatchObject({ kind: "chat", kindLabel: "Чат", category: "Финансы", href: "https://seller.ozon.ru" });
    expect(chat?.response).toMatchObject({ span: { from: 1, to: 3, unit: "business-days" }, text: "1–3 рабочих дня" });
    expect(email).toMatchObject({ kind: "email", value: "sellersup@ozon.ru", category: undefined });
    // No source gives a number for this address; the 3–5 days of one article are about buyers' emails.
    expect(email?.response).toBeUndefined();
    expect(payouts.evidence).toEqual(["report-excerpt", "screenshots", "order-documents"]);
  });

  it("names each channel's category by its title in guidance.json", () => {
    expect(topic("seller-promotions").channels[0]?.category).toBe("Промо-акции");
    expect(topic("seller-order-status")).toMatchObject({ category: "Логистика" });
    expect(topic("buyer-return").category).toBeUndefined();
  });

  it("falls back to the channel's first response time when the category has none", () => {
    const chat = topic("seller-logistics").channels[0];
    expect(chat?.response?.span).toEqual({ from: undefined, to: 30, unit: "minutes" });
  });

  it("leaves out reference pages and channels that don't work", () => {
    expect(topic("buyer-pickup-point").channels.map((c) => c.id)).toEqual(["buyer-support-chat"]);
    expect(topic("seller-product-cards").channels.map((c) => c.id)).not.toContain("seller-knowledge-base");
    for (const t of catalog.topics) for (const c of t.channels) expect(["active", "disputed"]).toContain(c.status);
  });

  it("gives buyers their own advice when no answer comes", () => {
    expect(catalog.noAnswer.sellers.some((s) => s.includes("sellersup@ozon.ru"))).toBe(true);
    expect(catalog.noAnswer.buyers.join(" ")).not.toMatch(/sellersup|кабинет/);
    expect(catalog.mistakes.length).toBeGreaterThan(0);
  });
});

describe("topic rules", () => {
  it("requires an order number only when the checklist names it on its own", () => {
    expect(topicRequiresOrder({ prepare: ["Номер заказа", "Фото"] })).toBe(true);
    expect(topicRequiresOrder({ prepare: [" номер  заказа "] })).toBe(true);
    expect(topicRequiresOrder({ prepare: ["Номер заказа или поставки"] })).toBe(false);
    expect(topicRequiresOrder({ prepare: ["Номер любого заказа"] })).toBe(false);
    expect(topic("buyer-return").requiresOrder).toBe(true);
    expect(topic("seller-payouts").requiresOrder).toBe(false);
    expect(topic("buyer-tech-issue").requiresOrder).toBe(false);
  });

  it("suggests an order number whenever the checklist mentions one", () => {
    expect(topicSuggestsOrder({ prepare: ["Номер заказа или поставки"] })).toBe(true);
    expect(topicSuggestsOrder({ prepare: ["Номер любого заказа"] })).toBe(true);
    expect(topicSuggestsOrder({ prepare: ["Номер прежнего обращения"] })).toBe(false);
  });

  it("finds evidence by category, then by a known synonym, then screenshots", () => {
    expect(
      topicEvidence(
        { channels: [{ channel: "x", reason: "r", category: "logistics" }], synonyms: ["брак"] },
        "sellers",
      ),
    ).toEqual(["order-documents", "damage-photos", "screenshots", "buyer-chat"]);
    expect(topicEvidence({ channels: [], synonyms: ["сломан", "брак"] }, "buyers")).toEqual([
      "damage-photos",
      "unboxing-video",
      "screenshots",
    ]);
    expect(topicEvidence({ channels: [], synonyms: ["что-то"] }, "buyers")).toEqual(["screenshots"]);
    expect(topic("buyer-account-access").evidence).toEqual(["screenshots", "error-text", "notification"]);
    expect(topic("seller-account").evidence).toEqual(["notification", "screenshots", "company-documents"]);
  });
});

describe("composeStartFor", () => {
  const start = (id: string, audiences: string[]) => composeStartFor(catalog, { id, audiences });

  it("starts where the composer offers the channel, with the topic when only one offers it", () => {
    const offering = catalog.topics.filter((t) => t.channels.some((c) => c.id === "seller-email"));
    expect(offering.length).toBeGreaterThan(1);
    expect(start("seller-email", ["sellers"])).toEqual({ audience: "sellers", topicId: undefined });
    const only = catalog.topics.flatMap((t) =>
      t.channels.filter((c) => catalog.topics.filter((x) => x.channels.some((y) => y.id === c.id)).length === 1),
    )[0];
    expect(only).toBeDefined();
    const owner = catalog.topics.find((t) => t.channels.some((c) => c.id === only?.id));
    expect(start(only?.id ?? "", [owner?.audience ?? ""])).toEqual({ audience: owner?.audience, topicId: owner?.id });
  });

  it("prefers the channel's own audience order, and skips audiences whose topics do not offer it", () => {
    expect(start("seller-email", ["bank", "sellers"])?.audience).toBe("sellers");
    expect(start("seller-email", ["buyers"])).toBeUndefined();
  });

  it("offers nothing for a channel no composer topic sends to", () => {
    const dir = loadDirectory();
    const notOffered = dir.channels.filter((c) => !catalog.topics.some((t) => t.channels.some((x) => x.id === c.id)));
    expect(notOffered.some((c) => c.kind === "knowledge-base")).toBe(true);
    for (const c of notOffered) expect(composeStartFor(catalog, c)).toBeUndefined();
  });
});
