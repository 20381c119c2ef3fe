import type { SellerCategoryId } from "../dataset/schema";

/**
 * What a seller writing in English can ask for, picked from a list so that the request says it in Russian:
 * support reads Russian, and a sentence it reads at once is acted on sooner than a quotation it has to
 * translate. Each ask's Russian sentence is in messages/ru/compose.json (`asks`), its label in the form's
 * language beside it; anything else the seller writes in their own words, and the request marks it as English.
 */
export const askIds = [
  "pay-out",
  "correct-report",
  "recalculate",
  "change-details",
  "find-shipment",
  "fix-status",
  "compensate",
  "return-goods",
  "fix-card",
  "unblock-card",
  "restore-access",
  "unblock-account",
  "join-promotion",
  "leave-promotion",
  "cancel-discount",
  "review-complaint",
  "cancel-order",
  "look-into",
  "explain",
] as const;

export type AskId = (typeof askIds)[number];

/** One ask as the form offers it: its label in the form's language and the Russian sentence the request prints. */
export interface ComposeAsk {
  id: AskId;
  label: string;
  text: string;
}

const byCategory: Readonly<Record<SellerCategoryId, readonly AskId[]>> = {
  finance: ["pay-out", "correct-report", "recalculate", "change-details"],
  logistics: ["find-shipment", "fix-status", "compensate", "return-goods"],
  assortment: ["fix-card", "unblock-card"],
  account: ["restore-access", "unblock-account"],
  promotions: ["join-promotion", "leave-promotion", "cancel-discount"],
  "complaint-appeal": ["review-complaint"],
  "order-cancellation": ["cancel-order"],
};

const withoutCategory: readonly AskId[] = ["look-into"];
/** Fits any topic, so it closes every list. */
const always: readonly AskId[] = ["explain"];

/** The category's own asks, or a general one for a topic without a category; then one that always fits. */
export function asksFor(category: SellerCategoryId | undefined): AskId[] {
  return [...(category ? byCategory[category] : withoutCategory), ...always];
}

/** The asks offered, each with its label and its Russian sentence. */
export function composeAsks(
  ids: readonly AskId[],
  texts: { label: Readonly<Record<AskId, string>>; russian: Readonly<Record<AskId, string>> },
): ComposeAsk[] {
  return ids.map((id) => ({ id, label: texts.label[id], text: texts.russian[id] }));
}
