import { swapped, withinEdits } from "./edit-distance";
import { near } from "./near";
import type { Locale } from "../i18n/locale";
import { stem } from "./terms";

/** A word of a signal, stemmed and as written (folded), with the slips it forgives. */
export type Word = { stem: string; written: string; edits: number; stemEdits: number; swap: boolean };

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
  const stemmed = fold(stem(token, locale));
  // Compared stem to stem, the edits are the stem's to forgive: «продавать» is «продава», no longer than a
  // word of seven letters.
  const stemEdits = Math.min(edits, stemmed.length >= 7 ? 2 : stemmed.length >= 5 ? 1 : 0);
  return { stem: stemmed, written: fold(token), edits, stemEdits, swap: token.length >= 4 };
}

/**
 * Whether a stem (folded) is the word with a slip it forgives: letters swapped, one left out, doubled or
 * added inside the word, or typed for a neighbour or a sound-alike (near.ts). A stem that is the word's beginning, or
 * begins with the word, is another word («взять» is not «взятка», «акционная» not «акционер»). The token
 * as written (`written`) is compared with the word as written too: a slip can make a word's ending look like
 * another's, and the stemmer then cuts it elsewhere («тревил» is stemmed «трев»).
 */
export function forgives(q: string, word: Word, written?: string): boolean {
  // Two slips in one word need two long stems: «прова(л)» is two letters short of «продава(ть)», not a typo.
  const edits = q.length >= 7 ? word.stemEdits : Math.min(word.stemEdits, 1);
  return slip(q, word.stem, word, edits) || (written !== undefined && slip(written, word.written, word, word.edits));
}

function slip(a: string, b: string, word: Word, edits: number): boolean {
  if (a !== b && (a.startsWith(b) || b.startsWith(a))) return false;
  return (edits > 0 && withinEdits(a, b, edits, near)) || (word.swap && a.length === b.length && swapped(a, b));
}
