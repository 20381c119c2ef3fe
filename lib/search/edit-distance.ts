/**
 * Edit distance with adjacent transpositions (optimal string alignment), bounded: «пзв» is one slip from
 * «пвз», «azon» one from «ozon». Hand-written because it runs on every keystroke over short words and
 * stops as soon as a row exceeds the bound; the packages on npm build a full matrix per call.
 */
/** Rows reused from call to call: this runs for many words per keystroke, and words are short. */
let scratch: [Int32Array, Int32Array, Int32Array] = [new Int32Array(34), new Int32Array(34), new Int32Array(34)];

export function withinEdits(
  a: string,
  b: string,
  max: number,
  /**
   * Which letters may stand for one another; any letter for any when absent. When given, words of one
   * length differ only by such letters or swaps: a letter left out and another added is a letter for a
   * letter, which must not get past the rule that way.
   */
  substitutes?: (x: string, y: string) => boolean,
): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const indel = substitutes && a.length === b.length ? max + 1 : 1;
  const width = b.length + 1;
  if (scratch[0].length < width) scratch = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  // Three rows: two back (for transpositions), the previous one and the one being filled.
  let [before, prev, row] = scratch;
  for (let j = 0; j < width; j += 1) prev[j] = j * indel;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i * indel;
    let best = row[0];
    for (let j = 1; j <= b.length; j += 1) {
      const x = a.charAt(i - 1);
      const y = b.charAt(j - 1);
      const cost = x === y ? 0 : !substitutes || substitutes(x, y) ? 1 : max + 1;
      let d = Math.min((prev[j] ?? 0) + indel, (row[j - 1] ?? 0) + indel, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return false;
    [before, prev, row] = [prev, row, before];
  }
  return (prev[b.length] ?? Infinity) <= max;
}

/** The same letters with one neighbouring pair swapped: «бнак» for «банк». */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Each spelling of a word with one neighbouring pair of letters swapped. */
export function swapsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word.charAt(i) !== word.charAt(i + 1))
      out.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  }
  return out;
}
