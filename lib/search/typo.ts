/**
 * Typo lookup by deletion neighbourhoods (the SymSpell idea): two words within
 * one edit share a word made by deleting at most one letter from each. That makes
 * "which known words is this a typo of" a few map lookups instead of a scan of the
 * whole vocabulary.
 */

/** Shorter words have too many one-letter neighbours to guess from. */
export const MIN_TYPO_LENGTH = 4;

export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Edit distance counting a swap of neighbouring letters as one edit, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

export type TypoIndex = Map<string, string[]>;

export function buildTypoIndex(words: Iterable<string>): TypoIndex {
  const index: TypoIndex = new Map();
  for (const word of words) {
    if (word.length < MIN_TYPO_LENGTH || /^\d+$/.test(word)) continue;
    for (const key of deletions(word)) {
      const list = index.get(key);
      if (list) list.push(word);
      else index.set(key, [word]);
    }
  }
  return index;
}

/** Known words within one edit of `word` (other than itself), with their distance. */
export function typoNeighbours(index: TypoIndex, word: string): Array<{ word: string; distance: number }> {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const seen = new Set<string>([word]);
  const out: Array<{ word: string; distance: number }> = [];
  for (const key of deletions(word)) {
    for (const candidate of index.get(key) ?? []) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const distance = editDistance(word, candidate, 1);
      if (distance <= 1) out.push({ word: candidate, distance });
    }
  }
  return out;
}
