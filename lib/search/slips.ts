import { swapped, withinEdits } from "./edit-distance";
import { near } from "./near";
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

/**
 * Whether a stem (folded) is the word with a slip it forgives: letters swapped, one left out, doubled or
 * added, or typed for a neighbour or a sound-alike (near.ts). A stem that is the word's beginning, or
 * begins with the word, is another word («взять» is not «взятка», «акционная» not «акционер»).
 */
export const forgives = (q: string, word: Word): boolean =>
  !(q !== word.stem && (q.startsWith(word.stem) || word.stem.startsWith(q))) &&
  ((word.edits > 0 && withinEdits(q, word.stem, word.edits, near)) ||
    (word.swap && q.length === word.stem.length && swapped(q, word.stem)));
