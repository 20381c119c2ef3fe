import type { SellerCategoryId } from "../dataset/schema";
import { textKey } from "../text/russian";
import type { EvidenceId } from "./attachments";

/**
 * Which evidence suits a topic, offered first in the composer: for sellers by the form's category,
 * for buyers by the kind of problem a synonym names. Anything else gets screenshots.
 */

const sellerEvidence: Partial<Record<SellerCategoryId, readonly EvidenceId[]>> = {
  finance: ["report-excerpt", "screenshots", "order-documents"],
  logistics: ["order-documents", "damage-photos", "screenshots", "buyer-chat"],
  assortment: ["product-card", "screenshots", "error-text"],
  account: ["notification", "screenshots", "company-documents"],
};

type BuyerProblem = "return" | "damaged" | "payment" | "order-status" | "account";

const buyerEvidence: Record<BuyerProblem, readonly EvidenceId[]> = {
  return: ["damage-photos", "screenshots", "payment-receipt"],
  damaged: ["damage-photos", "unboxing-video", "screenshots"],
  payment: ["payment-receipt", "screenshots"],
  "order-status": ["screenshots", "notification"],
  account: ["screenshots", "error-text", "notification"],
};

function isBuyerProblem(key: string): key is BuyerProblem {
  return Object.hasOwn(buyerEvidence, key);
}

/** Russian words in a buyer topic's synonyms that name a kind of problem (as do the kinds' own names). */
const buyerWords = new Map<string, BuyerProblem>([
  ["возврат", "return"],
  ["повреждение", "damaged"],
  ["брак", "damaged"],
  ["оплата", "payment"],
  ["статус заказа", "order-status"],
  ["аккаунт", "account"],
]);

const fallback: readonly EvidenceId[] = ["screenshots"];

export function sellerEvidenceFor(category: SellerCategoryId | undefined): EvidenceId[] {
  return [...((category && sellerEvidence[category]) ?? fallback)];
}

/** By the first synonym that names a kind of problem. */
export function buyerEvidenceFor(synonyms: readonly string[]): EvidenceId[] {
  for (const synonym of synonyms) {
    const key = textKey(synonym);
    const problem = buyerWords.get(key) ?? (isBuyerProblem(key) ? key : undefined);
    if (problem) return [...buyerEvidence[problem]];
  }
  return [...fallback];
}
