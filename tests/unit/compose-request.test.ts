import { describe, expect, it } from "vitest";
import { composeRequest } from "../../lib/compose/request";
import { validateDraft } from "../../lib/compose/schema";

const input = {
  audience: "sellers",
  topicId: "seller-payouts",
  channelId: "seller-email",
  orderNumber: "12345678-0012",
  whatHappened: "Выплата за период 1–15 ноября не поступила на расчётный счёт.",
  expectedOutcome: "Проверить начисление и перечислить выплату.",
  evidence: ["report-excerpt"],
};

function draft() {
  const r = validateDraft(input, { today: "2026-11-18" });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
}

const topic = { title: "Выплаты, отчёты и реквизиты", category: "Финансы" };

describe("composeRequest", () => {
  it("prefills a letter for an email channel, naming the topic's category", () => {
    const r = composeRequest(draft(), topic, { kind: "email", value: "sellersup@ozon.ru", category: undefined });
    expect(r.subject).toBe("Финансы — Выплаты, отчёты и реквизиты, заказ 12345678-0012");
    expect(r.text).toContain("Тема: Финансы — Выплаты, отчёты и реквизиты");
    expect(r.mailto?.startsWith("mailto:sellersup@ozon.ru?subject=")).toBe(true);
    expect(r.mailto).toContain(`&body=${encodeURIComponent("Здравствуйте!")}%0D%0A`);
  });

  it("uses the channel's own category and gives no letter for a chat", () => {
    const r = composeRequest(draft(), topic, { kind: "chat", value: "https://seller.ozon.ru", category: "Логистика" });
    expect(r.text).toContain("Тема: Логистика — Выплаты, отчёты и реквизиты");
    expect(r.mailto).toBeUndefined();
  });

  it("works without a channel", () => {
    expect(composeRequest(draft(), { title: "Выплаты" }, undefined).text).toContain("Тема: Выплаты");
  });
});
