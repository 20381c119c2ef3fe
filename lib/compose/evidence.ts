import { textKey } from "../text";
import { z } from "zod";

/**
 * What a request can come with. The table is small on purpose: each item is
 * something a buyer or seller can actually attach to a support request.
 */
export const evidenceId = z.enum([
  "screenshots",
  "error-text",
  "damage-photos",
  "unboxing-video",
  "order-documents",
  "buyer-chat",
  "payment-receipt",
  "report-excerpt",
  "product-card",
  "notification",
  "company-documents",
]);

export type EvidenceId = z.infer<typeof evidenceId>;

export interface EvidenceItem {
  id: EvidenceId;
  label: string;
}

export const evidenceLabels: Record<EvidenceId, string> = {
  screenshots: "Скриншоты страницы с проблемой",
  "error-text": "Текст ошибки или её скриншот",
  "damage-photos": "Фото повреждённого товара и упаковки",
  "unboxing-video": "Видео распаковки",
  "order-documents": "Документы по заказу (накладные, акты приёма-передачи)",
  "buyer-chat": "Переписка с покупателем",
  "payment-receipt": "Чек или подтверждение оплаты",
  "report-excerpt": "Выписка из отчёта или акта сверки",
  "product-card": "Ссылка на карточку товара и её скриншот",
  notification: "Уведомление или письмо от Ozon",
  "company-documents": "Документы продавца (ИНН, выписка из ЕГРЮЛ/ЕГРИП)",
};

/** Every item in table order. */
export const evidenceItems: readonly EvidenceItem[] = evidenceId.options.map((id) => ({
  id,
  label: evidenceLabels[id],
}));

/** Categories of the seller's request form (001: Финансы, Логистика, Ассортимент, Аккаунт). */
export const sellerCategory = z.enum(["finance", "logistics", "assortment", "account"]);
export type SellerCategory = z.infer<typeof sellerCategory>;

/** Kinds of buyer problems. */
export const buyerProblem = z.enum(["return", "damaged", "payment", "order-status", "account"]);
export type BuyerProblem = z.infer<typeof buyerProblem>;

export type EvidenceAudience = "buyers" | "sellers";

const sellerEvidence: Record<SellerCategory, EvidenceId[]> = {
  finance: ["report-excerpt", "screenshots", "order-documents"],
  logistics: ["order-documents", "damage-photos", "screenshots", "buyer-chat"],
  assortment: ["product-card", "screenshots", "error-text"],
  account: ["notification", "screenshots", "company-documents"],
};

const buyerEvidence: Record<BuyerProblem, EvidenceId[]> = {
  return: ["damage-photos", "screenshots", "payment-receipt"],
  damaged: ["damage-photos", "unboxing-video", "screenshots"],
  payment: ["payment-receipt", "screenshots"],
  "order-status": ["screenshots", "notification"],
  account: ["screenshots", "error-text", "notification"],
};

/** Russian titles and common spellings that name the same category. */
const aliases: Record<string, SellerCategory | BuyerProblem> = {
  финансы: "finance",
  логистика: "logistics",
  ассортимент: "assortment",
  аккаунт: "account",
  возврат: "return",
  повреждение: "damaged",
  брак: "damaged",
  оплата: "payment",
  "статус заказа": "order-status",
};

const fallback: EvidenceId[] = ["screenshots"];

function toItems(ids: readonly EvidenceId[]): EvidenceItem[] {
  return ids.map((id) => ({ id, label: evidenceLabels[id] }));
}

/**
 * Evidence worth attaching for a category key: a seller category
 * ("finance", or its form title "Финансы") or a buyer problem kind ("return").
 * "account" exists for both audiences; `audience` picks the list, sellers by default.
 * An unknown key gets screenshots only.
 */
export function evidenceFor(key: string, audience: EvidenceAudience = "sellers"): EvidenceItem[] {
  const normal = textKey(key);
  const resolved = aliases[normal] ?? normal;
  const seller = sellerCategory.safeParse(resolved);
  const buyer = buyerProblem.safeParse(resolved);
  if (audience === "buyers" && buyer.success) return toItems(buyerEvidence[buyer.data]);
  if (seller.success) return toItems(sellerEvidence[seller.data]);
  if (buyer.success) return toItems(buyerEvidence[buyer.data]);
  return toItems(fallback);
}

/** Labels for the ids a draft carries, in the order given, duplicates dropped. */
export function evidenceLabelsFor(ids: readonly EvidenceId[]): string[] {
  return [...new Set(ids)].map((id) => evidenceLabels[id]);
}
