import type { Guidance, SellerCategoryId } from "./schema";

export type SellerCategory = Guidance["sellerForm"]["categories"][number];

/** A category of the seller's request form, by the id a topic names (the validator checks it exists). */
export function sellerCategory(
  guidance: Pick<Guidance, "sellerForm">,
  id: SellerCategoryId | undefined,
): SellerCategory | undefined {
  return id === undefined ? undefined : guidance.sellerForm.categories.find((c) => c.id === id);
}
