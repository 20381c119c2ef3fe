import { swapped, withinEdits } from "./edit-distance";
import { near } from "./near";
import type { Locale } from "../i18n/locale";
import { stem } from "./terms";

/** A word of a signal, stemmed and as written (folded), with the slips it forgives. */
export type Word = { stem: string; written: string; edits: number; swap: boolean };

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
  return { stem: fold(stem(token, locale)), written: fold(token), edits, swap: token.length >= 4 };
}

/**
 * Whether a stem (folded) is the word with a slip it forgives: letters swapped, one left out, doubled or
 * added inside the word, or typed for a neighbour or a sound-alike (near.ts). A stem that is the word's beginning, or
 * begins with the word, is another word («взять» is not «взятка», «акционная» not «акционер»). The token
 * as written (`written`) is compared with the word as written too: a slip can make a word's ending look like
 * another's, and the stemmer then cuts it elsewhere («тревил» is stemmed «трев»).
 */
export function forgives(q: string, word: Word, written?: string): boolean {
  return slip(q, word.stem, word) || (written !== undefined && slip(written, word.written, word));
}

function slip(a: string, b: string, word: Word): boolean {
  if (a !== b && (a.startsWith(b) || b.startsWith(a))) return false;
  return (
    (word.edits > 0 && withinEdits(a, b, word.edits, near)) || (word.swap && a.length === b.length && swapped(a, b))
  );
}
