import { stemmer } from "@orama/stemmers/russian";
import { normalize } from "./normalize";

/** fuse.js's bitap matcher works in 32-character chunks. */
const MAX_TOKEN_LENGTH = 32;

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
export function stem(word: string): string {
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
export const BRAND = new Set(["озон", "ozon"]);

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
