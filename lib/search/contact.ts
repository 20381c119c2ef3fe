import type { ChannelKind } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { fold, forgives, formOf, wordOf, type Lookalikes, type Word } from "./slips";
import { termOf } from "./terms";
import { LOOKALIKE_FORMS } from "./lookalikes";

/**
 * The words that ask for a contact of a kind itself («почта поддержки», «скачать приложение»), in both
 * languages and in Latin letters; each is matched as a term, in any case form, with the slips a word of its
 * length forgives (slips.ts). Kept in code next to the
 * kinds' labels (lib/text/channel.ts) rather than in data/: these are words of the language for a kind of
 * contact, not facts about Ozon, and keyed by the schema's kinds, a new kind without its words does not
 * compile.
 */
export const ASKING: Readonly<Record<ChannelKind, readonly string[]>> = {
  phone: [
    "телефон",
    "позвонить",
    "дозвониться",
    "горячая",
    "линия",
    "phone",
    "call",
    "hotline",
    "telefon",
    "8800",
    "800",
  ],
  email: ["почта", "электронная", "email", "емейл", "имейл", "мейл", "емайл", "pochta"],
  chat: ["чат", "онлайн", "chat"],
  app: ["приложение", "скачать", "app", "application", "prilozhenie"],
  "web-form": ["форма", "form"],
  website: ["сайт", "website", "site", "sait"],
  "knowledge-base": ["база", "знаний", "справка", "faq"],
  social: ["вк", "вконтакте", "vk", "соцсети", "группа", "сообщество", "одноклассники", "odnoklassniki"],
  messenger: ["телеграм", "телеграмм", "telegram", "тг", "whatsapp", "ватсап", "вотсап", "бот", "канал"],
  "postal-address": ["адрес", "почтовый", "юридический", "address"],
};

/**
 * Words that go with asking for a contact without saying what it is about: «номер» and «письмо» serve a
 * phone and an email, a postal address and an email alike, so they ask for no kind of their own.
 */
export const AROUND: readonly string[] = [
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

/** Which kinds of contact a query's words ask for, once the words naming who asks are taken out. */
export type ContactReader = (tokens: readonly string[]) => ReadonlySet<ChannelKind>;

/**
 * A query asks for a contact itself when each of its words (stopwords and the brand aside) either asks for a
 * kind of contact or goes with asking («телефон поддержки озон банка», «ozon cross-border seller support
 * email»), and one does ask; it then asks for the kinds its words name, of those the index's channels are
 * (`kinds`). Any other word says what the contact is wanted for («почта для возврата»), and the topic of
 * that answers first.
 */
export function contactReader(
  kinds: Iterable<ChannelKind>,
  locale: Locale,
  lookalikes: Lookalikes = LOOKALIKE_FORMS,
): ContactReader {
  const asking = [...new Set(kinds)].flatMap((kind) => ASKING[kind].map((w) => ({ kind, word: wordOf(w, locale) })));
  const around = AROUND.map((w) => wordOf(w, locale));
  return (tokens) => {
    const kinds = new Set<ChannelKind>();
    for (const token of tokens) {
      const term = termOf(token, locale);
      if (term === null) continue;
      const t = fold(term);
      // A term is a word of the lists as itself, or with a slip a word of its length forgives («потча»),
      // unless the token is a word of the language itself («скачок» is no «скачать»).
      const real = formOf(fold(token), t, lookalikes);
      const is = (word: Word): boolean => t === word.stem || (!real && forgives(t, word));
      const asked = asking.filter(({ word }) => word.stem === t);
      // A word that goes with asking as itself is no slip for a kind («контакты» is not «вконтакте»).
      const exactlyAround = around.some((w) => w.stem === t);
      const matched = asked.length > 0 || exactlyAround ? asked : asking.filter(({ word }) => is(word));
      for (const { kind } of matched) kinds.add(kind);
      if (matched.length === 0 && !around.some(is)) return new Set();
    }
    return kinds;
  };
}
