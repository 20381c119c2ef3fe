import type { ChannelKind, Organisation } from "../dataset/schema";

/** What a contact of each kind is called in a sentence about whose it is; the rest are «контакт». */
const NOUN: Partial<Record<ChannelKind, string>> = { phone: "номер", email: "адрес" };

/** «Это номер Яндекс Маркета, не Ozon»: said wherever another company's contact is shown. */
export function notOzonText(owner: Pick<Organisation, "genitive">, kind: ChannelKind): string {
  return `Это ${NOUN[kind] ?? "контакт"} ${owner.genitive}, не Ozon`;
}
