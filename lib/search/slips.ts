import { swapped, withinEdits } from "./edit-distance";
import { near } from "./near";
import type { Locale } from "../i18n/locale";
import { stem, termOf } from "./terms";

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

/**
 * One key per distinct word as written: several signals sharing a word are found once, and each spelling
 * of a stem («комиссия», «комиссию») is compared as written in its own right.
 */
export const keyOf = (word: Word): string => `${word.stem}:${word.written}`;

/**
 * The words of a list a token is: by its stem, or with a slip one of them forgives, tried among the words
 * sharing its first letter (slips rarely hit it; two first letters swapped are tried too). A stopword is a
 * word of the list only as itself («потому» is no slip for «оптом»), and so is a word of the language near
 * one of them (`lookalikes`, lookalikes.json): spelt right, «подать» means what it says, not «продать».
 * Returns the keys (`keyOf`) of the words found.
 */
export function wordFinder(
  tokens: readonly string[],
  locale: Locale,
  lookalikes: Lookalikes,
): (token: string) => Set<string> {
  const exact = new Map<string, Set<string>>();
  const byFirst = new Map<string, Map<string, Word>>();
  for (const token of tokens) {
    const word = wordOf(token, locale);
    const key = keyOf(word);
    exact.set(word.stem, (exact.get(word.stem) ?? new Set()).add(key));
    const first = word.stem.charAt(0);
    byFirst.set(first, (byFirst.get(first) ?? new Map()).set(key, word));
  }
  return (token) => {
    const q = fold(stem(token, locale));
    const found = new Set(exact.get(q));
    if (termOf(token, locale) === null || formOf(fold(token), q, lookalikes)) return found;
    // A one-letter ending cut leaves the stem as close to the word's as the token: comparing the token as
    // written too pays only where the stemmer cut more, and a misspelt ending may be why («тревил»).
    const written = token.length - q.length >= 2 ? fold(token) : undefined;
    for (const first of [q.charAt(0), q.charAt(1)]) {
      for (const [key, word] of byFirst.get(first) ?? [])
        if (!found.has(key) && forgives(q, word, written)) found.add(key);
    }
    return found;
  };
}

/**
 * Words of the language near the words searched for (lookalikes.ts), folded: each form by its stem and the
 * ending after it, and the forms that do not begin with their stem whole.
 */
export type Lookalikes = { endings: ReadonlyMap<string, ReadonlySet<string>>; words: ReadonlySet<string> };

/** How lookalikes.json holds them: the endings of each stem joined by spaces, then the other forms. */
export type LookalikeList = { stems: Readonly<Record<string, string>>; words: readonly string[] };

export function lookalikesIn(list: LookalikeList): Lookalikes {
  const endings = new Map(Object.entries(list.stems).map(([s, e]) => [s, new Set(e.split(" "))]));
  return { endings, words: new Set(list.words) };
}

/**
 * Whether a token (folded) with its stem is one of the forms: only a form the dictionary has, so a slip that
 * happens to share a stem with one («потча» with «потчующий», «полеции» with «полцены») is still a slip.
 */
export const formOf = (token: string, q: string, lookalikes: Lookalikes): boolean =>
  lookalikes.words.has(token) ||
  (token.startsWith(q) && lookalikes.endings.get(q)?.has(token.slice(q.length)) === true);
