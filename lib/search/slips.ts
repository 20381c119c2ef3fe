import { swapped, withinEdits } from "./edit-distance";
import type { Locale } from "../i18n/locale";
import { stem } from "./terms";

/** A word of a signal, stemmed, with the slips it forgives. */
export type Word = { stem: string; edits: number; swap: boolean };

/** «э» is «е» when Russian is written in Latin letters («etika»), so the two are one letter here. */
export const fold = (stemmed: string): string => stemmed.replaceAll("э", "е");

/**
 * Signals and the words asking for a contact are short and many, so they forgive less than the index does:
 * a word of five letters would take in its neighbours with any slip («вклад» for «склад»), so four- and
 * five-letter words forgive only two letters swapped («бнак», «потча»); from six letters one edit, from
 * eight two, since a slip and a vowel that drops out in another case form («влаедльцу» for «владелец») are
 * two.
 */
export function wordOf(token: string, locale: Locale): Word {
  const edits = token.length >= 8 ? 2 : token.length >= 6 ? 1 : 0;
  return { stem: fold(stem(token, locale)), edits, swap: token.length >= 4 };
}

/** Whether a stem (folded) is the word with a slip it forgives. */
export const forgives = (q: string, word: Word): boolean =>
  (word.edits > 0 && withinEdits(q, word.stem, word.edits)) ||
  (word.swap && q.length === word.stem.length && swapped(q, word.stem));
