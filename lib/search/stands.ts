import { swapped, withinEdits } from "./edit-distance";
import { near } from "./near";

/**
 * A word as written, with two neighbouring letters swapped («проадвец»), or, from six letters, with one
 * letter before its last two typed for a neighbour or a sound-alike («отпровляет»): the slips a signal's
 * word forgives, without the changes that may be another form of the word («товару» is not «товары»).
 */
export const writes = (written: string, word: string): boolean =>
  written === word ||
  swapped(written, word) ||
  (word.length >= 6 &&
    written.length === word.length &&
    written.slice(-2) === word.slice(-2) &&
    withinEdits(written, word, 1, near));

/**
 * Where a phrase stands in a query, both as the words written (stopwords dropped): in order, each word as
 * written or with two letters swapped, with at most one other word among them that `may` stand there
 * («продавец долго не отправляет»). Any other change may be another form of a word («отменить» for
 * «отменил», «покупателя» for «покупатель»), which is not what the phrase says. Returns the query words it
 * spans, [from, to), or null.
 */
export function standsIn(
  phrase: readonly string[],
  query: readonly string[],
  may: (word: string) => boolean,
): [number, number] | null {
  const [first] = phrase;
  if (first === undefined) return null;
  for (let from = 0; from < query.length; from += 1) {
    if (!writes(query[from] ?? "", first)) continue;
    let at = from + 1;
    let skipped = false;
    let whole = true;
    for (const word of phrase.slice(1)) {
      if (!skipped && at < query.length && !writes(query[at] ?? "", word) && may(query[at] ?? "")) {
        skipped = true;
        at += 1;
      }
      if (!writes(query[at] ?? "", word)) {
        whole = false;
        break;
      }
      at += 1;
    }
    if (whole) return [from, at];
  }
  return null;
}

/**
 * Whether some run of the items one longer than `wanted` holds every one of them (`holds`): words that stand
 * together, in any order, with at most one other among them. With fewer items than that, all of them are
 * the run.
 */
export function together<T, W>(
  items: readonly T[],
  wanted: readonly W[],
  holds: (item: T, want: W) => boolean,
): boolean {
  const span = wanted.length + 1;
  for (let start = 0; start < Math.max(1, items.length - span + 1); start += 1) {
    const run = items.slice(start, start + span);
    if (wanted.every((w) => run.some((item) => holds(item, w)))) return true;
  }
  return false;
}
