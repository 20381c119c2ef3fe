/**
 * Edit distance with adjacent transpositions (optimal string alignment), bounded: «пзв» is one slip from
 * «пвз», «azon» one from «ozon». Hand-written because it runs on every keystroke over short words and
 * stops as soon as a row exceeds the bound; the packages on npm build a full matrix per call.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? i) + 1, (row[j - 1] ?? j) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    before = prev;
    prev = row;
  }
  return (prev[b.length] ?? Infinity) <= max;
}

/** A slip costs one edit from five letters, two from nine; shorter words must be exact. */
export const allowedEdits = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** The same letters with one neighbouring pair swapped: «бнак» for «банк». */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
