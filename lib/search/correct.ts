import { withinEdits } from "./edit-distance";
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

/** The known word one slip away (a transposition counts as one); the commonest when several are. */
function nearest(term: string, vocabulary: Vocabulary): string | undefined {
  let best: { word: string; count: number } | undefined;
  for (const [word, count] of vocabulary) {
    if (Math.abs(word.length - term.length) > 1 || !withinEdits(term, word, 1)) continue;
    if (!best || count > best.count) best = { word, count };
  }
  return best?.word;
}

/**
 * The query with each unknown word replaced by the known word one slip away, or null when no word
 * changed. Asked only when the query as read finds nothing, so it never overrides a word the index knows.
 */
export function correctSlips(text: string, vocabulary: Vocabulary, locale: Locale = "ru"): string | null {
  let changed = false;
  const words = text.split(" ").map((token) => {
    const term = termOf(token, locale);
    if (term === null || vocabulary.has(term) || token.length < MIN_LENGTH) return token;
    const near = nearest(term, vocabulary);
    if (near === undefined) return token;
    changed = true;
    return near;
  });
  return changed ? words.join(" ") : null;
}
