import Fuse, { type IFuseOptions } from "fuse.js";
import { looksLikePhone } from "@/lib/phone";
import { matchPhone, phoneFragments, type PhoneMatch } from "./phone";
import { matchFoldedEmail, type EmailMatch } from "./email";
import { clip } from "./normalize";
import { queryVariants, searchTerms } from "./variants";
import { buildCandidateIndex, coverage, pickCandidates, resolveTerm, type TermMatch } from "./candidates";
import { docTerms, fuseDoc, marked, type FuseDoc } from "./prepare";
import type { SearchDoc } from "./types";

/**
 * How a hit was found: the number or address itself, the words of the query,
 * or as the channel a matching topic or audience sends people to.
 */
export type HitReason = "phone" | "email" | "text" | "suggested";

export type SearchHit = { doc: SearchDoc; score: number; reason: HitReason };

export type SearchOutcome = {
  hits: SearchHit[];
  /**
   * The words searched, when they are not the query as typed: the query read on
   * the other keyboard layout or transliterated ("jpjy ctkkth" → "озон селлер").
   */
  readAs: string | null;
};

export type Searcher = {
  readonly docs: readonly SearchDoc[];
  search(query: string, limit?: number): SearchHit[];
  run(query: string, limit?: number): SearchOutcome;
};

export type SearcherOptions = {
  /** How many documents the cheap index hands to fuse.js to rank. */
  candidates?: number;
};

export const DEFAULT_LIMIT = 10;

/** Title first, then synonyms and the value (number, address). */
const FUSE_KEYS = [
  { name: "t", weight: 3 },
  { name: "k", weight: 2 },
  { name: "v", weight: 2 },
];

/** Direct matches outrank anything found by words: fuse.js scores are in [0, 1]. */
const DIRECT_SCORE: Record<PhoneMatch | EmailMatch, number> = { exact: -2, partial: -1 };

type Reading = { text: string; words: string[]; resolved: TermMatch[][]; known: number };

const NOTHING: Reading = { text: "", words: [], resolved: [], known: 0 };

/** At most this many topic or audience hits bring their best channel along. */
const MAX_SUGGESTED = 3;

/** Just past the worst fuse.js score (1). */
const TEXT_ONLY_SCORE = 1;

type Found = Map<number, { score: number; reason: HitReason }>;

export function createSearcher(docs: readonly SearchDoc[], options: SearcherOptions = {}): Searcher {
  const candidateLimit = options.candidates ?? 16;
  const fuseOptions: IFuseOptions<FuseDoc> = {
    keys: FUSE_KEYS,
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    // Each query word is matched on its own, so word order and extra words do not matter.
    useTokenSearch: true,
  };
  const index = buildCandidateIndex(docs.map((d) => docTerms(d.words)));
  const fuseDocs = docs.map((d) => fuseDoc(d.words));
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, fuseDocs);
  const recordOf = new Map(fuseIndex.records.map((rec) => [rec.i, rec]));
  const channelIndex = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.kind === "channel") channelIndex.set(d.id, i);
  });

  const withPhones = docs.flatMap((d, i) => (d.phones.length > 0 ? [i] : []));
  const withEmails = docs.flatMap((d, i) => (d.emails.length > 0 ? [i] : []));

  /** Numbers and addresses themselves, matched before any words are considered. */
  function direct(query: string, phone: boolean): Found {
    const found: Found = new Map();
    const note = (i: number, score: number, reason: HitReason): void => {
      if (score < (found.get(i)?.score ?? Infinity)) found.set(i, { score, reason });
    };
    const fragments = phone ? [query] : phoneFragments(query);
    for (const i of fragments.length > 0 ? withPhones : []) {
      for (const number of docs[i]?.phones ?? []) {
        for (const fragment of fragments) {
          const m = matchPhone(fragment, number);
          if (m) note(i, DIRECT_SCORE[m], "phone");
        }
      }
    }
    const folded = clip(query).trim();
    for (const i of phone ? [] : withEmails) {
      for (const address of docs[i]?.emails ?? []) {
        const m = matchFoldedEmail(folded, address);
        if (m) note(i, DIRECT_SCORE[m], "email");
      }
    }
    return found;
  }

  /** The reading of the query whose words the index knows best; the query as typed wins a tie. */
  function bestReading(query: string): { reading: Reading; typed: boolean } {
    const readings = queryVariants(query).map((text): Reading => {
      const words = searchTerms(text);
      const resolved = words.map((w) => resolveTerm(index, w));
      return { text, words, resolved, known: coverage(resolved) };
    });
    const reading = readings.reduce((a, b) => (b.known > a.known ? b : a), readings[0] ?? NOTHING);
    return { reading, typed: reading === readings[0] };
  }

  /** fuse.js ranks only the candidates the cheap index picks for the reading. */
  function byWords(reading: Reading): Map<number, number> {
    const scores = new Map<number, number>();
    if (reading.known === 0) return scores;
    const picked = pickCandidates(index, reading.resolved, candidateLimit);
    const records = picked.flatMap((i) => recordOf.get(i) ?? []);
    const fuse = new Fuse(fuseDocs, fuseOptions, Fuse.parseIndex<FuseDoc>({ keys: fuseIndex.keys, records }));
    for (const hit of fuse.search(marked(reading.words), { limit: candidateLimit })) {
      scores.set(hit.refIndex, hit.score ?? 1);
    }
    // Candidates found only in the free text, which fuse.js does not scan (that would double the
    // time per query), follow everything fuse.js ranked, in the order the index found them.
    picked.forEach((i, order) => {
      if (!scores.has(i)) scores.set(i, TEXT_ONLY_SCORE + order / picked.length);
    });
    return scores;
  }

  /** Ranked hits; each of the first few topics and audiences is followed by the channel it recommends. */
  function assemble(found: Found, limit: number): SearchHit[] {
    const ranked = [...found.entries()].sort((a, b) => a[1].score - b[1].score || a[0] - b[0]);
    const out: SearchHit[] = [];
    const seen = new Set<number>();
    const push = (i: number, score: number, reason: HitReason): void => {
      const doc = docs[i];
      if (doc === undefined || seen.has(i) || out.length >= limit) return;
      seen.add(i);
      out.push({ doc, score, reason });
    };
    let suggested = 0;
    for (const [i, hit] of ranked) {
      push(i, hit.score, hit.reason);
      const target = channelIndex.get(docs[i]?.channels[0] ?? "");
      if (target === undefined || seen.has(target) || suggested >= MAX_SUGGESTED) continue;
      push(target, hit.score, "suggested");
      suggested += 1;
    }
    return out;
  }

  function run(query: string, limit: number = DEFAULT_LIMIT): SearchOutcome {
    const phone = looksLikePhone(query);
    const found = direct(query, phone);
    if (phone) return { hits: assemble(found, limit), readAs: null };
    const { reading, typed } = bestReading(query);
    for (const [i, score] of byWords(reading)) if (!found.has(i)) found.set(i, { score, reason: "text" });
    const hits = assemble(found, limit);
    return { hits, readAs: typed || reading.known === 0 || hits.length === 0 ? null : reading.text };
  }

  return { docs, run, search: (query, limit) => run(query, limit).hits };
}
