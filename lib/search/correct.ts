import { swapped, withinEdits } from "./edit-distance";
import type { Locale } from "../i18n/locale";
import { termOf } from "./terms";

/** How many titles and phrases hold each term: the more common of two equally close words wins. */
export type Vocabulary = ReadonlyMap<string, number>;

export function vocabularyOf(lines: Iterable<ReadonlySet<string>>): Vocabulary {
  const counts = new Map<string, number>();
  for (const terms of lines) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Words this short are too short for MiniSearch's typo tolerance (one edit in three letters would match
 * half the index) but are where a slip most often ends in nothing: «пзв», «чта». Longer words get one
 * edit from MiniSearch, where two letters swapped («закза») cost two; here they cost one.
 */
const MIN_LENGTH = 3;

/** Which slips a correction may undo: any one edit, or only two letters swapped. */
type Slips = "any" | "swaps";

/** The known word one slip away (a transposition counts as one); the commonest when several are. */
function nearest(term: string, vocabulary: Vocabulary, slips: Slips): string | undefined {
  let best: { word: string; count: number } | undefined;
  // Two letters swapped are a word's few neighbours, looked up; any edit needs the whole vocabulary scanned.
  const candidates: Iterable<[string, number]> =
    slips === "swaps"
      ? [...term].flatMap((_, i): Array<[string, number]> => {
          const word = term.slice(0, i) + term.charAt(i + 1) + term.charAt(i) + term.slice(i + 2);
          const count = i + 1 < term.length && word !== term ? vocabulary.get(word) : undefined;
          return count === undefined ? [] : [[word, count]];
        })
      : vocabulary;
  for (const [word, count] of candidates) {
    if (Math.abs(word.length - term.length) > 1) continue;
    if (slips === "swaps" ? !swapped(term, word) : !withinEdits(term, word, 1)) continue;
    if (!best || count > best.count) best = { word, count };
  }
  return best?.word;
}

/**
 * The corrected word as a word, not a stem, so that phrases still stand in the reading: the token with
 * two letters swapped back («проадвец» → «продавец», «куреьра» → «курьера»), or else its own ending on the
 * corrected stem.
 */
function asWritten(token: string, term: string, near: string, locale: Locale): string {
  for (let i = 0; i + 1 < token.length; i += 1) {
    const back = token.slice(0, i) + token.charAt(i + 1) + token.charAt(i) + token.slice(i + 2);
    if (termOf(back, locale) === near) return back;
  }
  return token.startsWith(term) ? near + token.slice(term.length) : near;
}

/**
 * The query with each unknown word replaced by the known word one slip away, or null when no word
 * changed. It never overrides a word the index knows. With `slips` "swaps", only two letters swapped are
 * undone: asked when the query finds something, where an unknown word one other edit from a known one is
 * as likely another word («тел» is not «отел»).
 */
export function correctSlips(
  text: string,
  vocabulary: Vocabulary,
  locale: Locale = "ru",
  slips: Slips = "any",
): string | null {
  let changed = false;
  const words = text.split(" ").map((token) => {
    const term = termOf(token, locale);
    if (term === null || vocabulary.has(term) || token.length < MIN_LENGTH) return token;
    const near = nearest(term, vocabulary, slips);
    if (near === undefined) return token;
    changed = true;
    return asWritten(token, term, near, locale);
  });
  return changed ? words.join(" ") : null;
}
