import { stemmer } from "@orama/stemmers/russian";
import { foldText } from "@/lib/text";

/**
 * What a "word" is, shared by the index, the query and the data validator, so all three agree.
 * Everything here is linear in the input and never builds a RegExp from user text.
 */

/** Nobody describes a support problem in more; it also bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** fuse.js's bitap matcher works in 32-character chunks. */
const MAX_TOKEN_LENGTH = 32;

/** The first MAX_QUERY_LENGTH characters, case- and ё-folded. */
export function clip(input: string): string {
  return foldText(input.slice(0, MAX_QUERY_LENGTH));
}

/** Only Russian and Latin letters and digits survive; punctuation, emoji and the like become single spaces. */
export function normalize(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9а-я]+/g, " ")
    .trim();
}

/**
 * Words that carry no meaning for finding a channel. "не" is one: "не пришла выплата" and "выплата
 * пришла" mean the same topic. "мне", "из" and "это" are not: they tell "мне позвонили из озона"
 * and "это номер озона?" (is this a scam?) from "позвонить в озон" (how do I call?).
 */
const STOPWORDS = new Set(
  "а без бы в во вот где да для до же за и или как ко к ли меня мой моя мои мою на не нет ни но о об от по при про с со так то у уже что чтобы я a an and at for i in is it my of on or the to".split(
    " ",
  ),
);

/** A stem for a Russian word (Snowball), any other word as it is; remembered, as words repeat a lot. */
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /[а-я]/.test(word) ? stemmer(word) : word;
    stems.set(word, s);
  }
  return s;
}

/**
 * The brand, in any case form: the whole site is about Ozon, so it tells no record from another,
 * yet it matched every phrase that happened to contain it ("озон вк" found "позвонить в озон").
 */
const BRAND = new Set(["озон", "ozon"]);

/** The search term for one word of normalised text, or null for a stopword or the brand. */
export function termOf(token: string): string | null {
  if (token === "" || STOPWORDS.has(token)) return null;
  const term = stem(token.slice(0, MAX_TOKEN_LENGTH));
  return BRAND.has(term) ? null : term;
}

/** The search terms of any text: normalised, without stopwords, stemmed. */
export function termsOf(text: string): string[] {
  return normalize(text)
    .split(" ")
    .flatMap((token) => termOf(token) ?? []);
}

export const hasLatin = (text: string): boolean => /[a-z]/.test(text);
export const hasCyrillic = (text: string): boolean => /[а-я]/.test(text);
