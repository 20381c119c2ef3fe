import { buildTypoIndex, typoNeighbours, type TypoIndex } from "./typo";

/**
 * A cheap inverted index over stemmed terms. It finds the few documents worth
 * ranking (exact terms, prefixes of what is being typed, one-letter typos), so
 * fuse.js only ranks a small candidate set instead of the whole collection.
 */

export type FieldName = "title" | "keywords" | "value" | "text";

/** Stemmed terms of one document, by field. */
export type DocTerms = Record<FieldName, readonly string[]>;

const FIELD_WEIGHT: Readonly<Record<FieldName, number>> = { title: 3, keywords: 2, value: 2, text: 1 };

const FIELDS: readonly FieldName[] = ["title", "keywords", "value", "text"];

/** How much a term found by each route counts, relative to typing it exactly. */
const QUALITY = { exact: 1, prefix: 0.7, typo: 0.6 } as const;

/** Prefix lookups need this many letters, and stop after this many terms. */
const MIN_PREFIX = 3;
const MAX_PREFIX_TERMS = 24;

type Posting = { docs: number[]; weights: number[] };

export type CandidateIndex = {
  size: number;
  /** The vocabulary, sorted, for prefix lookups by binary search. */
  terms: string[];
  postings: Map<string, Posting>;
  typos: TypoIndex;
};

export type TermMatch = { term: string; quality: number };

export function buildCandidateIndex(docs: readonly DocTerms[]): CandidateIndex {
  const postings = new Map<string, Posting>();
  docs.forEach((doc, docIndex) => {
    const best = new Map<string, number>();
    for (const field of FIELDS) {
      for (const term of doc[field]) best.set(term, Math.max(best.get(term) ?? 0, FIELD_WEIGHT[field]));
    }
    for (const [term, weight] of best) {
      const posting = postings.get(term);
      if (posting) {
        posting.docs.push(docIndex);
        posting.weights.push(weight);
      } else {
        postings.set(term, { docs: [docIndex], weights: [weight] });
      }
    }
  });
  const terms = [...postings.keys()].sort();
  return { size: docs.length, terms, postings, typos: buildTypoIndex(terms) };
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Known terms a query term may stand for: itself, words it starts, words one typo away. */
export function resolveTerm(index: CandidateIndex, term: string): TermMatch[] {
  const out: TermMatch[] = [];
  if (index.postings.has(term)) out.push({ term, quality: QUALITY.exact });
  if (term.length >= MIN_PREFIX) {
    const start = lowerBound(index.terms, term);
    for (let i = start; i < index.terms.length && out.length < MAX_PREFIX_TERMS; i += 1) {
      const known = index.terms[i] ?? "";
      if (!known.startsWith(term)) break;
      if (known !== term) out.push({ term: known, quality: QUALITY.prefix });
    }
  }
  if (out.length === 0) {
    for (const n of typoNeighbours(index.typos, term)) out.push({ term: n.word, quality: QUALITY.typo });
  }
  return out;
}

/** How many of the query terms the index knows, counting prefixes and typos as partly known. */
export function coverage(resolved: readonly (readonly TermMatch[])[]): number {
  let sum = 0;
  for (const matches of resolved) {
    let best = 0;
    for (const m of matches) best = Math.max(best, m.quality);
    sum += best;
  }
  return sum;
}

/** Keeps the `limit` best (score, doc) pairs, best first; `limit` is small, so insertion is cheap. */
function topK(docs: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  for (const doc of docs) {
    const s = scores[doc] ?? 0;
    if (best.length === limit && s <= (scores[best[limit - 1] ?? 0] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1] ?? 0] ?? 0) < s) at -= 1;
    best.splice(at, 0, doc);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * The `limit` documents that best match the resolved query terms, best first, scored by
 * field weight × match quality × rarity of the term, summed over query terms.
 */
export function pickCandidates(
  index: CandidateIndex,
  resolved: readonly (readonly TermMatch[])[],
  limit: number,
): number[] {
  // Dense score arrays beat maps when a common word touches thousands of documents.
  const total = new Float64Array(index.size);
  const perTerm = new Float64Array(index.size);
  const touched: number[] = [];
  for (const matches of resolved) {
    const termDocs: number[] = [];
    for (const m of matches) {
      const posting = index.postings.get(m.term);
      if (!posting) continue;
      const weight = m.quality * Math.log(1 + index.size / posting.docs.length);
      for (let k = 0; k < posting.docs.length; k += 1) {
        const doc = posting.docs[k] ?? 0;
        const score = weight * (posting.weights[k] ?? 0);
        if (perTerm[doc] === 0) termDocs.push(doc);
        if (score > (perTerm[doc] ?? 0)) perTerm[doc] = score;
      }
    }
    for (const doc of termDocs) {
      if (total[doc] === 0) touched.push(doc);
      total[doc] = (total[doc] ?? 0) + (perTerm[doc] ?? 0);
      perTerm[doc] = 0;
    }
  }
  return topK(touched, total, limit);
}
