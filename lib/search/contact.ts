import type { ChannelKind } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { termsIn } from "./terms";

/**
 * The words that ask for a contact of a kind itself («почта поддержки», «скачать приложение»), in both
 * languages and in Latin letters; each is matched as a term, in any case form. Kept in code next to the
 * kinds' labels (lib/text/channel.ts) rather than in data/: these are words of the language for a kind of
 * contact, not facts about Ozon, and keyed by the schema's kinds, a new kind without its words does not
 * compile.
 */
const ASKING: Readonly<Record<ChannelKind, readonly string[]>> = {
  phone: ["телефон", "позвонить", "дозвониться", "горячая", "линия", "phone", "call", "hotline", "telefon"],
  email: ["почта", "электронная", "email", "емейл", "имейл", "мейл", "емайл", "pochta"],
  chat: ["чат", "онлайн", "chat"],
  app: ["приложение", "скачать", "app", "application", "prilozhenie"],
  "web-form": ["форма", "form"],
  website: ["сайт", "website", "site", "sait"],
  "knowledge-base": ["база", "знаний", "справка", "faq"],
  social: ["вк", "вконтакте", "vk", "соцсети", "группа", "сообщество"],
  messenger: ["телеграм", "телеграмм", "telegram", "тг", "whatsapp", "ватсап", "вотсап", "бот", "канал"],
  "postal-address": ["адрес", "почтовый", "юридический", "address"],
};

/**
 * Words that go with asking for a contact without saying what it is about: «номер» and «письмо» serve a
 * phone and an email, a postal address and an email alike, so they ask for no kind of their own.
 */
const AROUND: readonly string[] = [
  ...["поддержка", "техподдержка", "служба", "отдел", "support", "customer", "service"],
  ...["контакт", "контакты", "contact", "contacts", "связаться", "связь", "официальный", "official"],
  ...[
    "номер",
    "number",
    "письмо",
    "писем",
    "написать",
    "write",
    "обращение",
    "найти",
    "узнать",
    "какой",
    "нужен",
    "есть",
  ],
];

/** Which kinds of contact a query's terms ask for, once the words naming who asks are taken out. */
export type ContactReader = (terms: ReadonlySet<string>) => ReadonlySet<ChannelKind>;

/**
 * A query asks for a contact itself when each of its terms either asks for a kind of contact or goes with
 * asking («телефон поддержки озон банка», «ozon cross-border seller support email»), and one does ask; it
 * then asks for the kinds its words name, of those the index's channels are (`kinds`). Any other word says what the contact is wanted for («почта для
 * возврата»), and the topic of that answers first.
 */
export function contactReader(kinds: Iterable<ChannelKind>, locale: Locale): ContactReader {
  const kindOf = new Map<string, ChannelKind[]>();
  for (const kind of new Set(kinds)) {
    for (const t of ASKING[kind].flatMap((w) => termsIn(w, locale))) kindOf.set(t, [...(kindOf.get(t) ?? []), kind]);
  }
  const around = new Set(AROUND.flatMap((w) => termsIn(w, locale)));
  return (terms) => {
    const kinds = new Set<ChannelKind>();
    for (const t of terms) {
      const asked = kindOf.get(t);
      if (asked) for (const k of asked) kinds.add(k);
      else if (!around.has(t)) return new Set();
    }
    return kinds;
  };
}
