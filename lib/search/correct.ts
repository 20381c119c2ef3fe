import { swapsOf, withinEdits } from "./edit-distance";
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

/**
 * Beside words the index knows, an unknown short word with two letters swapped is as likely a word the
 * index merely lacks: «дает» is not «дате». Only from this length is the swap read as a slip.
 */
const MIN_SWAP_LENGTH = 6;

/** Which slips a correction may undo: any one edit, or only two letters swapped. */
type Slips = "any" | "swaps";

/** Of candidate words with how many titles and phrases hold each, the commonest. */
function commonest(candidates: Iterable<readonly [string, number]>): string | undefined {
  let best: { word: string; count: number } | undefined;
  for (const [word, count] of candidates) if (!best || count > best.count) best = { word, count };
  return best?.word;
}

/** The known term one edit from the term (a transposition counts as one); the commonest when several are. */
const nearest = (term: string, vocabulary: Vocabulary): string | undefined =>
  commonest([...vocabulary].filter(([word]) => Math.abs(word.length - term.length) <= 1 && withinEdits(term, word, 1)));

/**
 * The word some title or phrase writes one edit from the token as written, the commonest term's when
 * several are: the stemmer cuts a misspelt word elsewhere («пчта» stays «пчта», «почта» is «почт»), so
 * stems may be two edits apart where the words are one.
 */
function nearestWritten(
  token: string,
  vocabulary: Vocabulary,
  locale: Locale,
  written: ReadonlySet<string>,
): string | undefined {
  return commonest(
    [...written].flatMap((word): Array<[string, number]> => {
      if (Math.abs(word.length - token.length) > 1 || !withinEdits(token, word, 1)) return [];
      const count = vocabulary.get(termOf(word, locale) ?? "");
      return count === undefined ? [] : [[word, count]];
    }),
  );
}

/**
 * The token with two of its letters swapped back, where that spelling's term is known: a word as written,
 * so phrases still stand in the reading («куреьра» → «курьера», «проадвец» → «продавец»), found among the
 * token's few swaps rather than by scanning the vocabulary.
 */
const unswapped = (
  token: string,
  vocabulary: Vocabulary,
  locale: Locale,
  written: ReadonlySet<string> | undefined,
): string | undefined =>
  commonest(
    swapsOf(token).flatMap((word): Array<[string, number]> => {
      const term = termOf(word, locale);
      // A swap the stemmer then cuts short ends in a known stem by chance («боятся» → «ботяся», «бот»),
      // unless some title or phrase writes that very word («отемна» → «отмена»).
      const chance = term !== null && term.length < word.length - 2 && !written?.has(word);
      const count = term === null || chance ? undefined : vocabulary.get(term);
      return count === undefined ? [] : [[word, count]];
    }),
  );

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
  /** A word as some title or phrase writes each term: the reading shows words, not stems. */
  spelled?: ReadonlyMap<string, string>,
  /** Every word some title or phrase writes. */
  written?: ReadonlySet<string>,
): string | null {
  let changed = false;
  const words = text.split(" ").map((token) => {
    const term = termOf(token, locale);
    if (term === null || vocabulary.has(term)) return token;
    if (token.length < (slips === "swaps" ? MIN_SWAP_LENGTH : MIN_LENGTH)) return token;
    // A swap back is the token as written; any other edit reads as the term's word in the index.
    if (slips === "swaps") {
      const back = unswapped(token, vocabulary, locale, written);
      if (back === undefined) return token;
      changed = true;
      return back;
    }
    const near = nearest(term, vocabulary);
    const word = near === undefined ? undefined : (spelled?.get(near) ?? near);
    const found = word ?? (written ? nearestWritten(token, vocabulary, locale, written) : undefined);
    if (found === undefined) return token;
    changed = true;
    return found;
  });
  return changed ? words.join(" ") : null;
}
