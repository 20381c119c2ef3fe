import Fuse, { type IFuseOptions } from "fuse.js";
import MiniSearch, { type SearchResult } from "minisearch";
import { looksLikePhone } from "@/lib/text/phone";
import type { Locale } from "@/lib/i18n/locale";
import {
  addressIn,
  looksLikeEmail,
  matchEmail,
  matchPhone,
  mayBeAddress,
  phoneFragments,
  type DirectMatch,
} from "./direct";
import { clip, normalize } from "./normalize";
import { BRAND, keyOfTerms, PREPOSITIONS, stem, termOf, termsIn } from "./terms";
import { queryVariants } from "./variants";
import { audienceReader, onlyBrand } from "./audience";
import { audienceChoice, brandChoice, CLOSE, decidedBy, ownerOf, STRONG, type AudienceOption } from "./choice";
import { correctSlips, vocabularyOf } from "./correct";
import { withinEdits } from "./edit-distance";
import { contactReader, type ContactReader } from "./contact";
import { standsIn, together, writes } from "./stands";
import { borrow, preferLikelier, rankingOf, yieldToTheRest } from "./who-ranks";
import type { SearchDoc } from "./types";

/**
 * From the search box to the ranked list:
 * 1. numbers and addresses are matched as themselves; an unknown one leads to the number check;
 * 2. MiniSearch finds the documents worth ranking (stems, prefixes of a word being typed, typos) for
 *    each reading of the query (as typed, other keyboard layout, transliterated) and keeps the best;
 * 3. fuse.js scores each candidate's title and phrases by how much of the query they cover, and a
 *    document counts its best line;
 * 4. the data then adjusts: a query that is one of a record's phrases, a channel named by every
 *    query word, and the priors (audience weight × status trust) for near-ties; another company's
 *    record follows Ozon's unless the query names that company;
 * 5. who is asking: an audience the query names (its `signals`) or the visitor picked lets only its
 *    answers come first, reads a problem's words from any audience's topic of it and puts the records
 *    that fit only the naming words after its answer to the rest (who-ranks.ts); with none, answers for
 *    different audiences that fit equally well, or share the phrase the query is, become a choice
 *    between them (choice.ts), unless a problem word of the query only one of them knows decides.
 * A known number or address in words asking whether it is real puts the number check before its record;
 * a query asking for a contact itself («почта озон банка») opens that contact (contact.ts).
 */

/** How a hit was found: its number, its address, its words, or as the way to check an unknown contact. */
type HitReason = "phone" | "email" | "text" | "check";

export type SearchHit = {
  doc: SearchDoc;
  score: number;
  reason: HitReason;
  /**
   * The key (`keyOfTerms`) of the record's phrase the query holds whole, when it is at least half of the
   * query's words: two audiences' topics of one problem holding the same one are the data saying the words
   * do not tell who asks.
   */
  phraseKey?: string;
};

export type SearchOutcome = {
  hits: SearchHit[];
  /** The words searched when they are not the query as typed ("jpjy ctkkth" → "озон селлер", "пзв" → "пвз"). */
  readAs: string | null;
  /**
   * `readAs` corrects a slip rather than reading another layout or Latin letters: in a short word when
   * nothing else was found («пзв»), or two letters swapped in a word the index does not know («куреьра»).
   */
  slip: boolean;
  /** The audiences whose answers may come first: named in the query or picked; empty when nobody is. */
  who: string[];
  /** When the best answers are for different audiences and nothing says whose: the question to ask first. */
  choice: AudienceOption[] | null;
};

export type SearchOptions = {
  limit?: number;
  /** The audience the visitor picked in the choice; it decides as a word in the query would. */
  who?: string | null;
};

export type Searcher = {
  readonly docs: readonly SearchDoc[];
  run(query: string, options?: SearchOptions): SearchOutcome;
};

const DEFAULT_LIMIT = 10;

/** How many documents MiniSearch hands to fuse.js to rank. */
const CANDIDATES = 24;

/** Direct matches come before anything found by words, whose scores are positive. */
const DIRECT_SCORE: Record<DirectMatch | "unknown", number> = { exact: -3, unknown: -2.5, partial: -2 };

/** Appended to every term on both sides, so that for fuse.js a whole word beats the start of a longer one. */
const END = "_";
const marked = (terms: Iterable<string>): string => [...terms].map((t) => t + END).join(" ");

/** A title, value or phrase of a document, as stemmed terms, and its words as written that have a term. */
type Line = { terms: ReadonlySet<string>; text: string; words: readonly string[] };

const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  // Each query word is matched on its own, so word order and extra words matter less.
  useTokenSearch: true,
};

/** A typo costs one edit from five letters, two from nine; shorter words and runs too long to be words must be exact. */
const fuzzy = (term: string): number | false =>
  term.length > 20 ? false : term.length >= 9 ? 2 : term.length >= 5 ? 1 : false;

/**
 * How the data adjusts fuse.js's score (lower is better). Candidates found only in the free text follow
 * everything fuse.js ranked; priors make a record nobody's audience needs up to 60 % worse (30 % for a long
 * query); a query that is one of a record's phrases (same words) is up to 90 % better, and a record whose
 * lines between them hold every word of a query of several is up to 90 % better again; a channel named by
 * every query word (its title or value) is half. Another company's record whose company the query does not name follows
 * everything fuse.js ranked, unless the query is one of its phrases; a record for another audience than
 * the one asking follows every record for it (text scores stay below 3.2). A long query's record whose
 * phrases stand together in it is up to half better (`standing`).
 */
const ADJUST = {
  textOnly: 1,
  priorSpread: 0.6,
  phraseFit: 0.9,
  covered: 0.9,
  named: 0.5,
  unnamedCompany: 2,
  otherAudience: 4,
  longPrior: 0.5,
  standing: 0.5,
};

/**
 * A query of this many terms tells its problem in its own words («работаю на складе, начальник унижает из-за
 * национальности, куда пожаловаться»): the priors, which settle near-ties between a few words, weigh half,
 * so that the few people a record serves do not outweigh the words it holds; and a record whose phrases
 * stand in it is up to half better (`standing`).
 */
const LONG = 8;

/**
 * With an audience recognised, MiniSearch picks the others' documents this much less readily, so that its
 * candidates are the audience's own; they are still found, and follow, when only they fit.
 */
const OTHER_AUDIENCE_BOOST = 0.1;

/**
 * Another audience's topic of a problem lends its fit to the asker's topic only when it fits this well or
 * better (fuse.js's score with the data's adjustments): a weak fit on one shared word («пройти
 * верификацию» and «не прошла оплата») says little about the problem.
 */
const LEND_FIT = 0.6;

/**
 * A word the index lacks is read as the known word MiniSearch found for it from this many letters: shorter,
 * it is as likely a real word the index merely lacks («просто» is not «просят»).
 */
const TYPO_LENGTH = 6;

/** A phrase the query holds whole is what the query says when it is this share of the query's words or more. */
const HELD = 0.5;

/** A contact a query asks for comes before the best answer, at this share of its score. */
const AHEAD = 0.5;

/**
 * Best first, and of equal scores the record more people need: «help» is the start of both the marketplace's
 * and the bank's address, and the marketplace's serves far more visitors.
 */
const byScore = (a: SearchHit, b: SearchHit): number => a.score - b.score || b.doc.prior - a.doc.prior;

/** Shared words over all words: 1 when the query says exactly what a phrase says. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}

function line(text: string, locale: Locale): Line {
  const terms = new Set(termsIn(text, locale));
  const words = normalize(text)
    .split(" ")
    .filter((w) => termOf(w, locale) !== null);
  return { terms, text: marked(terms), words };
}

export function createSearcher(docs: readonly SearchDoc[], locale: Locale = "ru"): Searcher {
  const mini = new MiniSearch<{ i: number; t: string; p: string; v: string; x: string }>({
    idField: "i",
    fields: ["t", "p", "v", "x"],
    tokenize: (text) => normalize(text).split(" "),
    processTerm: (term) => termOf(term, locale),
    searchOptions: {
      boost: { p: 3, t: 2, v: 2, x: 0.5 },
      // Only the word being typed is a prefix of something; the words before it are finished.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      // A word the index knows is that word, not a slip for a neighbour («модерация» is not «операция»).
      fuzzy: (term: string) => (vocabulary.has(term) ? false : fuzzy(term)),
      weights: { fuzzy: 0.4, prefix: 0.5 },
      // A record with many phrases is not a longer text about less: barely penalise the field's length.
      bm25: { k: 1.2, b: 0.1, d: 0.5 },
      // Priors pick candidates too: on a large collection, many near-copies of a minor record must not
      // crowd out the one most people mean.
      boostDocument: (id) => 0.5 + (typeof id === "number" ? (docs[id]?.prior ?? 0) : 0),
    },
  });
  mini.addAll(docs.map((d, i) => ({ i, t: d.title, p: d.phrases.join(" | "), v: d.value, x: d.text })));
  const titles = docs.map((d) => [line(d.title, locale), line(d.value, locale)]);
  const phrases = docs.map((d) => d.phrases.map((p) => line(p, locale)));
  const names = docs.map((d, i) => new Set(d.kind === "channel" ? titles[i]?.flatMap((l) => [...l.terms]) : []));
  const brands = docs.map((d) => (d.brand ? new Set(d.brand.flatMap((b) => termsIn(b, locale))) : null));
  const checkIndex = docs.findIndex((d) => d.kind === "check");
  const audienceDocs = new Map<string, SearchDoc>();
  const audienceIndex = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.kind !== "audience") return;
    audienceDocs.set(d.id, d);
    audienceIndex.set(d.id, i);
  });
  // An index for some audiences only (the English pages' is for sellers) still holds channels its pages
  // show for others, such as the buyers' chat: those follow every record for its own audiences.
  const unserved = docs.map((d) => d.audiences.length > 0 && !d.audiences.some((a) => audienceDocs.has(a)));
  const reader = audienceReader(
    [...audienceDocs.values()].map((d) => ({
      id: d.id,
      signals: d.signals ?? [],
      weight: d.prior,
      within: d.within,
      notAsking: d.notAsking,
    })),
    locale,
  );
  // Which audience each phrase names, read only for the few records a query finds for another audience.
  const phraseNames = new Map<string, string[]>();
  const namesOf = (i: number, n: number): string[] => {
    const key = `${i} ${n}`;
    let names = phraseNames.get(key);
    if (!names) phraseNames.set(key, (names = reader.who([docs[i]?.phrases[n] ?? ""])));
    return names;
  };
  // Only a scam phrase every word of which is a term, or a preposition between two terms or more, says
  // scam on its own: «смс от озона» without its dropped words is «смс», which a buyer waiting for a login
  // code writes too; «перейти по ссылке» is still «перейти … ссылке».
  const scamPhrases = (docs[checkIndex]?.phrases ?? []).flatMap((p) => {
    const words = normalize(p).split(" ");
    const terms = termsIn(p, locale);
    const glue = words.every((w) => termOf(w, locale) !== null || PREPOSITIONS.has(w));
    return glue && (terms.length === words.length || terms.length >= 2) ? [new Set(terms)] : [];
  });
  const allLines = [...titles, ...phrases].flat();
  const vocabulary = vocabularyOf(allLines.map((l) => l.terms));
  const spelled = new Map<string, string>();
  const written = new Set<string>();
  for (const l of allLines) {
    for (const w of l.words) {
      const t = termOf(w, locale);
      if (t !== null && !spelled.has(t)) spelled.set(t, w);
      written.add(w);
    }
  }
  // Joined once: every query asks for a few dozen documents' lines, and for the terms they hold between them.
  const docLines = docs.map((_, i) => [...(titles[i] ?? []), ...(phrases[i] ?? [])]);
  const termsHeld = docLines.map((ls) => new Set(ls.flatMap((l) => [...l.terms])));
  /** A document's title, value and phrases. */
  const linesOf = (i: number): readonly Line[] => docLines[i] ?? [];
  /** Whether any of a document's lines holds any of the terms. */
  const holdsAny = (i: number, terms: ReadonlySet<string>): boolean => [...terms].some((t) => termsHeld[i]?.has(t));
  const ranking = rankingOf(docs, holdsAny, audienceIndex);
  // Each audience's signals of several words that are phrases of its own problems (its topics), as terms,
  // by audience and term: a query asks only for those holding a word that named the audience.
  const signalKeys = new Set(
    [...audienceDocs.values()].flatMap((d) =>
      (d.signals ?? []).map((s) => `${d.id} ${keyOfTerms(termsIn(s, locale))}`),
    ),
  );
  const problemPhrases = new Map<string, Map<string, Array<ReadonlySet<string>>>>();
  const listedPhrases = new Set<string>();
  // Each audience's own records: the terms they hold, the brand aside, and those one of its topics' phrases is alone.
  const ownTerms = new Map<string, { terms: Set<string>; problems: Set<string> }>();
  docs.forEach((d, i) => {
    const only = ownerOf(d);
    if (only === undefined) return;
    const own = ownTerms.get(only) ?? { terms: new Set<string>(), problems: new Set<string>() };
    ownTerms.set(only, own);
    for (const t of termsHeld[i] ?? []) if (!BRAND.has(t)) own.terms.add(t);
    if (d.kind !== "topic") return;
    const byTerm = problemPhrases.get(only) ?? new Map<string, Array<ReadonlySet<string>>>();
    problemPhrases.set(only, byTerm);
    for (const { terms } of phrases[i] ?? []) {
      if (terms.size === 1) for (const t of terms) own.problems.add(t);
      const key = `${only} ${keyOfTerms(terms)}`;
      if (terms.size < 2 || listedPhrases.has(key) || !signalKeys.has(key)) continue;
      listedPhrases.add(key);
      for (const t of terms) {
        const listed = byTerm.get(t);
        if (listed) listed.push(terms);
        else byTerm.set(t, [terms]);
      }
    }
  });
  const contactsAsked: ContactReader = contactReader(
    docs.flatMap((d) => d.channelKind ?? []),
    locale,
  );
  const contactIndexes = docs.flatMap((d, i) => (d.channelKind === undefined ? [] : [i]));

  // The number check's asking words («звонят», «чей»), as terms; «это озон?» asks too.
  const askingTerms = new Set((docs[checkIndex]?.asking ?? []).flatMap((w) => termsIn(w, locale)));

  /** The words around a number or an address ask whether it is real or say it reached the visitor. */
  function asksIfReal(folded: string): boolean {
    const words = normalize(folded).split(" ");
    if (words.some((w, n) => w === "это" && BRAND.has(stem(words[n + 1] ?? "", locale)))) return true;
    return termsIn(folded, locale).some((t) => askingTerms.has(t));
  }

  function direct(folded: string, found: Map<number, SearchHit>): void {
    const phone = looksLikePhone(folded);
    const fragments = phone ? [folded] : phoneFragments(folded);
    const inText = addressIn(folded);
    const quoted = inText === folded ? undefined : inText;
    const note = (i: number, score: number, reason: HitReason): void => {
      const doc = docs[i];
      if (doc && score < (found.get(i)?.score ?? Infinity)) found.set(i, { doc, score, reason });
    };
    const addresses = phone ? [] : [folded, ...(quoted === undefined ? [] : [quoted])].filter(mayBeAddress);
    // Most queries are words: then no record's numbers or addresses need be looked at.
    if (fragments.length > 0 || addresses.length > 0)
      docs.forEach((d, i) => {
        for (const number of fragments.length > 0 ? d.phones : []) {
          for (const f of fragments) {
            const m = matchPhone(f, number);
            if (m) note(i, DIRECT_SCORE[m], "phone");
          }
        }
        for (const address of addresses.length > 0 ? d.emails : []) {
          // An address quoted in a sentence is matched as itself: «пишут с help@ozon.ru, это озон?».
          const m = addresses.reduce<DirectMatch | null>((got, q) => got ?? matchEmail(q, address), null);
          if (m) note(i, DIRECT_SCORE[m], "email");
        }
      });
    if (found.size === 0 && (fragments.length > 0 || looksLikeEmail(folded) || inText !== undefined)) {
      note(checkIndex, DIRECT_SCORE.unknown, "check");
    }
  }

  /** Whether a document may come first for the audiences asking (all may when nobody is named). */
  const forWho = (doc: SearchDoc | undefined, who: readonly string[]): boolean =>
    who.length === 0 || !doc || doc.audiences.length === 0 || doc.audiences.some((a) => who.includes(a));

  function find(text: string, who: readonly string[], fields: string[]): SearchResult[] {
    if (who.length === 0) return mini.search(text, { fields });
    const boostDocument = (id: unknown): number => {
      const doc = typeof id === "number" ? docs[id] : undefined;
      return (0.5 + (doc?.prior ?? 0)) * (forWho(doc, who) ? 1 : OTHER_AUDIENCE_BOOST);
    };
    return mini.search(text, { fields, boostDocument });
  }

  /** How many of a reading's terms (of `wanted`) its results matched. */
  function knownOf(results: readonly SearchResult[], wanted: number): number {
    const seen = new Set<string>();
    for (const r of results) if (seen.size < wanted) for (const t of r.queryTerms) seen.add(t);
    return seen.size;
  }

  /**
   * The reading whose words the index knows best; the query as typed wins a tie and needs no rival once
   * fully known. Then the slips of unknown words (correct.ts), when their reading knows more.
   */
  function bestReading(
    readings: readonly string[],
    who: readonly string[],
  ): { text: string; results: SearchResult[]; typed: boolean; slip: boolean } {
    const none: SearchResult[] = [];
    let best = { text: "", results: none, known: 0, wanted: 0, top: 0, typed: true, slip: false };
    for (const [n, text] of readings.entries()) {
      // The free text is searched only when titles and phrases know none of the words: on a large
      // collection its common words touch most documents and would dominate the time per keystroke.
      const named = find(text, who, ["t", "p", "v"]);
      const results = named.length > 0 ? named : find(text, who, ["x"]);
      const wanted = new Set(termsIn(text, locale)).size;
      const [known, top] = [knownOf(results, wanted), results[0]?.score ?? 0];
      if (known > best.known || (known === best.known && top > best.top * 1.5)) {
        best = { text, results, known, wanted, top, typed: n === 0, slip: false };
      }
      if (n === 0 && known > 0 && known === wanted) break;
    }
    // A word the index does not know, one slip from a word it does (two letters swapped, which MiniSearch
    // counts as two edits: «куреьра»), is read as that word when that reading knows more of the query; with
    // nothing found at all, a slip in a short word («пзв») is read so too.
    if (best.results.length > 0 && best.known === best.wanted) return best;
    const slips = best.results.length > 0 ? "swaps" : "any";
    const corrected = correctSlips(readings[0] ?? "", vocabulary, locale, slips, spelled, written);
    if (corrected === null) return best;
    const results = find(corrected, who, ["t", "p", "v"]);
    if (best.results.length > 0 && knownOf(results, best.wanted) <= best.known) return best;
    return { text: corrected, results, typed: false, slip: true };
  }

  /**
   * The words that say what the query is about, once one audience is read from it: the words that named
   * the audience («продавцу», «seller ozon ru») have done their work. All of them when nobody, or an
   * audience picked in the choice, is asking.
   */
  function restOf(query: ReadonlySet<string>, reading: string, who: readonly string[]): Set<string> {
    const [id] = who;
    if (id === undefined || who.length > 1) return new Set(query);
    const naming = new Set([...reader.naming(reading, id)].flatMap((token) => termOf(token, locale) ?? []));
    // A signal that is a problem's phrase of the audience's own («комиссия выросла» of the payouts topic)
    // says what as well as who: its words stay.
    const says = (p: ReadonlySet<string>): boolean => [...p].every((t) => naming.has(t) && query.has(t));
    const byTerm = problemPhrases.get(id);
    const problem = new Set([...naming].flatMap((t) => (byTerm?.get(t) ?? []).filter(says).flatMap((p) => [...p])));
    return new Set([...query].filter((t) => !naming.has(t) || problem.has(t)));
  }

  /** The terms less those of the reading's words that name any audience. */
  function withoutNaming(terms: ReadonlySet<string>, reading: string): Set<string> {
    const naming = namingTerms(reading);
    return new Set([...terms].filter((t) => !naming.has(t)));
  }

  /** The terms of the reading's words that name any audience. */
  const namingTerms = (reading: string): Set<string> =>
    new Set([...reader.naming(reading)].flatMap((t) => termOf(t, locale) ?? []));

  /** Whether a term, as a word of its own, names an audience. */
  const namesSomeone = (term: string): boolean => reader.who([spelled.get(term) ?? term]).length > 0;

  /** fuse.js's score of each candidate's best line for the query. */
  function scored(lines: ReadonlyArray<{ s: string; d: number }>, query: ReadonlySet<string>): Map<number, number> {
    const best = new Map<number, number>();
    for (const hit of new Fuse(
      lines.map((l) => l.s),
      FUSE_OPTIONS,
    ).search(marked(query))) {
      const d = lines[hit.refIndex]?.d;
      if (d !== undefined) best.set(d, Math.min(best.get(d) ?? 1, hit.score ?? 1));
    }
    return best;
  }

  /**
   * The record's phrase that fits the query best, when the query holds it whole, it is at least half of the
   * query's words, and none of the record's lines says the other words («поддержка не отвечает неделю»,
   * not «передумал, хочу отменить заказ», whose «передумал» is the buyers'): its stemmed words, sorted. A
   * line says a word when the query holds at least half of the line: «пишу третий раз» knows «третий» of
   * «поддержка не отвечает третий день» in passing.
   */
  function heldPhrase(i: number, query: ReadonlySet<string>, fits: readonly number[], fit: number): string | undefined {
    if (fit < HELD) return undefined;
    const held = (phrases[i] ?? []).find((p, n) => fits[n] === fit && [...p.terms].every((t) => query.has(t)));
    if (!held) return undefined;
    const others = [...query].filter((t) => !held.terms.has(t));
    const says = (l: Line): boolean =>
      others.some((t) => l.terms.has(t)) && [...l.terms].filter((t) => query.has(t)).length * 2 >= l.terms.size;
    return linesOf(i).some(says) ? undefined : keyOfTerms(held.terms);
  }

  /**
   * The share of a query's words, when it has several, that some line of the record holds: fuse.js scores
   * one line at a time, and a record that answers «унижают» in one phrase and «национальности» in another
   * answers the query better than one that knows either word alone.
   */
  function coverage(i: number, query: ReadonlySet<string>, dropped: ReadonlySet<string> | undefined): number {
    if (query.size < 2) return 0;
    return [...query].filter((t) => !dropped?.has(t) && termsHeld[i]?.has(t)).length / query.size;
  }

  /**
   * The share of a long query's terms that the record's phrases of several words say where they stand
   * together in it («деньги так и не вернулись» is «не вернули деньги»): in a complaint of twenty words
   * fuse.js scores every line alike, and a word counted wherever it stands («пункт выдачи … на карту») is
   * no phrase the visitor wrote.
   */
  function standing(
    i: number,
    query: ReadonlySet<string>,
    sequence: readonly string[],
    dropped: ReadonlySet<string> | undefined,
  ): number {
    const covered = new Set<string>();
    for (const p of phrases[i] ?? []) {
      const terms = [...p.terms].filter((t) => !dropped?.has(t));
      if (terms.length < 2 || !terms.every((t) => query.has(t))) continue;
      if (together(sequence, terms, (t, w) => t === w)) for (const t of terms) covered.add(t);
    }
    return covered.size / query.size;
  }

  /**
   * The reading's terms, a word the index does not know read as the one known word MiniSearch found it a
   * typo of («отвечат» for «отвечает»): the phrase it stands in and the share of the query a record holds
   * then count as for the word spelt right, so a typo does not decide whether the query is a choice. A word
   * naming an audience, or read as one, stays as written: the reader forgives the slips it will («билиту»
   * is not named travel by it, and ranking must not name it so).
   */
  function termsFound(reading: string, results: readonly SearchResult[]): string[] {
    const terms = termsIn(reading, locale);
    const typo = (t: string): number | false => (vocabulary.has(t) || t.length < TYPO_LENGTH ? false : fuzzy(t));
    if (terms.every((t) => typo(t) === false)) return terms;
    const naming = namingTerms(reading);
    const found = [...new Set(results.slice(0, CANDIDATES).flatMap((r) => r.terms))].filter((t) => vocabulary.has(t));
    return terms.map((t) => {
      const edits = typo(t);
      if (edits === false || naming.has(t)) return t;
      const near = found.filter((w) => withinEdits(t, w, edits));
      const [word] = near;
      return near.length === 1 && word !== undefined && !namesSomeone(word) ? word : t;
    });
  }

  function byWords(
    reading: string,
    results: readonly SearchResult[],
    who: readonly string[],
    found: Map<number, SearchHit>,
  ): void {
    const sequence = termsFound(reading, results);
    const query = new Set(sequence);
    const picked = results.slice(0, CANDIDATES).flatMap((r) => (typeof r.id === "number" ? [{ i: r.id, r }] : []));
    // Only lines holding a term MiniSearch matched can score: fuse.js then ranks a few dozen lines, not hundreds.
    const matching = picked.map(({ i, r }) => ({
      i,
      lines: linesOf(i).filter((l) => r.terms.some((t) => l.terms.has(t))),
    }));
    const best = scored(
      matching.flatMap(({ i, lines }) => lines.map((l) => ({ s: l.text, d: i }))),
      query,
    );
    // Words that name an audience only along with another say nothing of it alone: its records are scored
    // as if their lines lacked them («как вернуть товар из Китая» is not about selling from China).
    const unsaid = new Map<string, Set<string>>();
    for (const [audience, tokens] of reader.unsaid(reading)) {
      if (!who.includes(audience)) unsaid.set(audience, new Set([...tokens].flatMap((t) => termOf(t, locale) ?? [])));
    }
    /** The terms a record's lines may match on: all but those. */
    const droppedOf = (i: number): ReadonlySet<string> | undefined => {
      const audiences = docs[i]?.audiences ?? [];
      return audiences.length === 1 ? unsaid.get(audiences[0] ?? "") : undefined;
    };
    const without = (terms: ReadonlySet<string>, dropped: ReadonlySet<string> | undefined): ReadonlySet<string> =>
      dropped ? new Set([...terms].filter((t) => !dropped.has(t))) : terms;
    if (unsaid.size > 0) {
      const own = matching.filter(({ i }) => droppedOf(i) !== undefined);
      for (const { i } of own) best.delete(i);
      const stripped = own.flatMap(({ i, lines }) =>
        lines
          .map((l) => without(l.terms, droppedOf(i)))
          .filter((terms) => terms.size > 0)
          .map((terms) => ({ s: marked(terms), d: i })),
      );
      for (const [i, score] of scored(stripped, query)) best.set(i, score);
    }
    const rest = restOf(query, reading, who);
    // The rest of the words, when the query named the audience with some of its words and not all.
    const what = rest.size > 0 && rest.size < query.size ? rest : null;
    // What a problem's words can be: no word that names any audience («продавца» in «озон банк для продавца»).
    const lendable = who.length === 0 ? rest : withoutNaming(rest, reading);
    const scam = scamPhrases.some((p) => [...p].every((t) => query.has(t)));
    const written = normalize(reading)
      .split(" ")
      .filter((w) => termOf(w, locale) !== null);
    const naming = who.length === 1 ? [...reader.naming(reading, who[0])] : [];
    const anyNaming = naming.length > 0 ? reader.naming(reading) : new Set<string>();
    /**
     * Another audience's record whose phrase names the audience asking and says more, when the phrase stands
     * in the query and the query names that audience nowhere else: the data says whose words these are
     * («продавец отменил заказ» is a buyer's complaint, though «продавец» names sellers; not so «я продавец,
     * покупатель отменил заказ», nor «продавец отменил заказ, я продавец»).
     */
    const claims = (i: number): boolean =>
      naming.length > 0 &&
      (phrases[i] ?? []).some((p, n) => {
        if (!namesOf(i, n).includes(who[0] ?? "") || p.words.every((w) => naming.some((q) => writes(q, w))))
          return false;
        const span = standsIn(p.words, written, (w) => !anyNaming.has(w));
        if (!span) return false;
        const [from, to] = span;
        return written.every((q, k) => (k >= from && k < to) || !naming.some((w) => writes(q, w)));
      });
    /**
     * Other audiences' topics of a shared problem that fuse.js scored on the rest of the words, not only on
     * a word naming someone («продавца» on the sellers' payouts, for «озон банк для продавца»), with their
     * score before they were put after who asks.
     */
    const lenders = new Map<number, number>();
    picked.forEach(({ i, r }, order) => {
      const doc = docs[i];
      if (!doc || found.has(i)) return;
      // A query holding one of the scam phrases whole is a scam question, whoever the caller claimed to be:
      // «сотрудник банка просит код из смс» is «просят код из смс» before it is about the bank.
      if (scam && i === checkIndex) {
        found.set(i, { doc, score: 0, reason: "text" });
        return;
      }
      let score = best.get(i) ?? ADJUST.textOnly + order / picked.length;
      score *= 1 + ADJUST.priorSpread * (1 - doc.prior) * (query.size >= LONG ? ADJUST.longPrior : 1);
      const fits = (phrases[i] ?? []).map((p) => jaccard(query, without(p.terms, droppedOf(i))));
      const fit = Math.max(0, ...fits);
      const held = heldPhrase(i, query, fits, fit);
      score *= 1 - ADJUST.phraseFit * fit;
      score *= 1 - ADJUST.covered * coverage(i, query, droppedOf(i));
      if (query.size >= LONG) score *= 1 - ADJUST.standing * standing(i, query, sequence, droppedOf(i));
      if (query.size > 0 && [...query].every((t) => names[i]?.has(t))) score *= ADJUST.named;
      // A query that is one of the record's own phrases («service desk») names it as surely as its company
      // does; MiniSearch's matched terms include typos and prefixes, so «валбериз» still names Wildberries.
      const brand = brands[i];
      if (brand && fit < 1 && !r.terms.some((t) => brand.has(t))) score += ADJUST.unnamedCompany;
      // The number check is anyone's, yet with an audience named it comes first only for scam words.
      const neutral = doc.audiences.length === 0 && score <= STRONG;
      const other = !forWho(doc, who) && !claims(i);
      if (other || (who.length > 0 && doc.audiences.length === 0 && !neutral) || unserved[i]) {
        if (doc.problem !== undefined && !unserved[i] && score <= LEND_FIT && holdsAny(i, lendable)) {
          lenders.set(i, score);
        }
        score += ADJUST.otherAudience;
      }
      found.set(i, { doc, score, reason: "text", ...(held === undefined ? {} : { phraseKey: held }) });
    });
    const borrowed = borrow(ranking, lenders, who, found);
    if (what !== null) {
      const page = audienceIndex.get(who[0] ?? "") ?? -1;
      // A phrase of the page the query holds whole, holding the rest of the words.
      const says = (phrases[page] ?? []).some(
        (p) => [...p.terms].every((t) => query.has(t)) && [...what].every((t) => p.terms.has(t)),
      );
      yieldToTheRest(ranking, what, who, found, borrowed, says);
    }
  }

  /**
   * A query asking for a contact itself opens it: Ozon's active channel of a kind it asks for comes just
   * before the best answer, when it serves the audience asking (with nobody named, every audience that
   * answer is for) and the answer is not such a contact for them already; when nothing of the audience
   * named fits the other words, it comes before the audience's page («email cross border»). Of several, the
   * one fitting the words best, then the one more people use. Not a disputed one, nor a phone for an audience no number reaches a person for: «телефон
   * озон» opens how to reach a person, which says what the numbers do.
   */
  function contactFirst(reading: string, who: readonly string[], found: Map<number, SearchHit>): void {
    // The reading's words but those naming who asks («почта озон банка» asks for the bank's address).
    const naming = namingTerms(reading);
    const kinds = new Set(
      contactsAsked(
        normalize(reading)
          .split(" ")
          .filter((t) => !naming.has(termOf(t, locale) ?? "")),
      ),
    );
    if (kinds.size === 0) return;
    const lead = [...found.values()].filter((h) => h.reason === "text").sort((a, b) => a.score - b.score)[0];
    // The number check found for a scam phrase is an answer as sure as can be: it stays first.
    if (!lead || (lead.doc.kind === "check" && lead.score <= 0)) return;
    const asked = lead.doc.channelKind !== undefined && kinds.has(lead.doc.channelKind);
    if (asked && forWho(lead.doc, who)) return;
    // The audiences to serve: those asking, or with nobody named, those the best answer is for.
    const serve = who.length > 0 ? who : lead.doc.audiences;
    if (serve.some((a) => audienceDocs.get(a)?.noPhone)) kinds.delete("phone");
    const fits = (i: number): number => found.get(i)?.score ?? Infinity;
    const [pick] = contactIndexes
      .filter((i) => {
        const doc = docs[i];
        return (
          doc?.channelKind !== undefined &&
          kinds.has(doc.channelKind) &&
          doc.channel?.status === "active" &&
          doc.notOzon === undefined &&
          serve.every((a) => doc.audiences.includes(a))
        );
      })
      .sort((a, b) => fits(a) - fits(b) || (docs[b]?.prior ?? 0) - (docs[a]?.prior ?? 0));
    const doc = pick === undefined ? undefined : docs[pick];
    if (pick !== undefined && doc) found.set(pick, { doc, score: lead.score * AHEAD, reason: "text" });
  }

  /** The audience's own page, when nothing of its own fits the rest of the words: «продавец» always leads somewhere. */
  function keepAudiencePages(who: readonly string[], found: Map<number, SearchHit>): void {
    const own = [...found.values()].some((h) => h.doc.audiences.some((a) => who.includes(a)));
    for (const id of who) {
      const doc = audienceDocs.get(id);
      const i = audienceIndex.get(id) ?? -1;
      if (doc && !found.has(i)) found.set(i, { doc, score: own ? ADJUST.otherAudience : 0, reason: "text" });
    }
  }

  function run(query: string, options: SearchOptions = {}): SearchOutcome {
    const limit = options.limit ?? DEFAULT_LIMIT;
    reader.startQuery();
    const folded = clip(query).trim();
    const found = new Map<number, SearchHit>();
    const none: SearchOutcome = { hits: [], readAs: null, slip: false, who: [], choice: null };
    if (folded === "") return none;
    direct(folded, found);
    // A number or an address found whole is the answer; words around it would only add noise, but for
    // words asking whether it is really Ozon that called («звонят с 8 800 …, это озон?»): the number
    // check answers that, with what to do about a call, and the record follows.
    const exact = [...found.values()].some((h) => h.score === DIRECT_SCORE.exact);
    if (exact || looksLikePhone(folded)) {
      const check = docs[checkIndex];
      if (exact && check && !looksLikePhone(folded) && asksIfReal(folded)) {
        found.set(checkIndex, { doc: check, score: DIRECT_SCORE.exact - 1, reason: "check" });
      }
      return { ...none, hits: [...found.values()].sort(byScore).slice(0, limit) };
    }
    const readings = queryVariants(folded, locale);
    const picked = options.who && audienceDocs.has(options.who) ? [options.who] : [];
    const who = picked.length > 0 ? picked : reader.who(readings);
    if (who.length === 0 && found.size === 0 && onlyBrand(readings, locale)) {
      const pages = [...audienceDocs.values()].map((doc): SearchHit => ({ doc, score: 0, reason: "text" }));
      return { ...none, hits: pages.slice(0, limit), choice: brandChoice(pages) };
    }
    const reading = bestReading(readings, who);
    byWords(reading.text, reading.results, who, found);
    const changed = !reading.typed && reading.results.length > 0;
    if (who.length === 0) preferLikelier(found, CLOSE);
    contactFirst(reading.text, who, found);
    // After the contact asked for: a page placed because nothing of its audience fits follows that contact.
    if (who.length > 0) keepAudiencePages(who, found);
    const ranked = [...found.values()].sort(byScore).slice(0, limit);
    const asked = who.length === 0 ? audienceChoice(ranked, audienceDocs) : null;
    // A word of the query only one audience's records know decides between them: its answer comes first.
    const decided = asked && decidedBy(asked, new Set(termsIn(reading.text, locale)), (a) => ownTerms.get(a));
    const lead = decided && { ...decided.hit, score: Math.min(decided.hit.score, ranked[0]?.score ?? 0) };
    const hits = lead ? [lead, ...ranked.filter((h) => h !== decided.hit)] : ranked;
    const choice = decided ? null : asked;
    // When the query's words are another audience's phrase («продавец отменил заказ» is a buyer's), that
    // audience's answer comes first, and the page must not say the query named the asker.
    const named = picked.length > 0 || !hits[0] || forWho(hits[0].doc, who) ? who : [];
    return { hits, readAs: changed ? reading.text : null, slip: changed && reading.slip, who: named, choice };
  }

  return { docs, run };
}
