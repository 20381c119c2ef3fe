import type { ChannelKind, Organisation } from "../dataset/schema";
import type { Locale } from "../i18n/locale";

/** What a contact of each kind is called in a sentence about whose it is; the rest are «контакт», "contact". */
const NOUNS: Readonly<Record<Locale, Partial<Record<ChannelKind, string>>>> = {
  ru: { phone: "номер", email: "адрес" },
  en: { phone: "number", email: "address" },
};

const OTHER: Readonly<Record<Locale, string>> = { ru: "контакт", en: "contact" };

/**
 * «Это номер Яндекс Маркета, не Ozon»: said wherever another company's contact is shown. In English the
 * owner's `genitive` is its name (lib/i18n/localize.ts), and the sentence is built so that no article
 * before the name is needed: "This number belongs to Yandex Market, not Ozon".
 */
export function notOzonText(owner: Pick<Organisation, "genitive">, kind: ChannelKind, locale: Locale = "ru"): string {
  const noun = NOUNS[locale][kind] ?? OTHER[locale];
  if (locale === "en") return `This ${noun} belongs to ${owner.genitive}, not Ozon`;
  return `Это ${noun} ${owner.genitive}, не Ozon`;
}
