import { withinEdits } from "./edit-distance";
import type { Locale } from "../i18n/locale";
import { BRAND, stem, termOf } from "./terms";
import { fold, forgives, wordOf, type Word } from "./slips";

/** An audience as search reads it from a query: its id, the words that say it is asking, how many people it serves. */
export type AudienceSignals = {
  id: string;
  signals: readonly string[];
  weight: number;
  /** Signals that name it only when `audience` is named too. */
  within?: { audience: string; signals: readonly string[] } | undefined;
};

/** Who is asking, and which words of a reading said so. */
export type AudienceReader = {
  /**
   * Who is asking, read from the query's readings (as typed, other keyboard layout, Latin transliterated):
   * an audience is recognised when every word of one of its signals is in some reading, close together, in
   * any case form and with the slips a word of its length forgives («продовцу» is «продавец»). When several are, the one
   * the query says most signals of decides (an audience within another counts the other's too), and of
   * those saying as much, the one serving the fewest people: naming it says more («продавцу из Китая» is a
   * cross-border seller, «покупатель пожаловался, я продавец» a seller, «поставка fbo… водитель говорит» a
   * seller). Returns that audience's id, or none.
   */
  who(readings: readonly string[]): string[];
  /**
   * The tokens of a reading that are words of the audience's signals it says (of any audience's, without
   * one): they say who asks, not what about.
   */
  naming(reading: string, audience?: string): Set<string>;
  /**
   * For each audience whose `within` words a reading says, those tokens: without the audience they lie
   * within, they say nothing of it («посылка из Китая»).
   */
  withinSaid(reading: string): Map<string, Set<string>>;
  /** Forgets the tokens of the query before. */
  startQuery(): void;
};

export function audienceReader(audiences: readonly AudienceSignals[], locale: Locale = "ru"): AudienceReader {
  // Each distinct word is tried once per query, however many audiences share it: found by its stem, or
  // among the words sharing the first letter (slips rarely hit it; two first letters swapped are tried too).
  const exact = new Map<string, string[]>();
  const byFirst = new Map<string, Array<{ key: string; word: Word }>>();
  const signals = audiences.flatMap((audience) =>
    [
      ...audience.signals.map((signal) => ({ signal, requires: undefined })),
      ...(audience.within?.signals ?? []).map((signal) => ({ signal, requires: audience.within?.audience })),
    ].map(({ signal, requires }) => ({
      audience,
      requires,
      keys: signal.split(" ").map((token) => {
        const word = wordOf(token, locale);
        const key = `${word.stem}:${word.edits}:${word.swap}`;
        if (!exact.get(word.stem)?.includes(key)) exact.set(word.stem, [...(exact.get(word.stem) ?? []), key]);
        const first = word.stem.charAt(0);
        const group = byFirst.get(first) ?? [];
        if (!group.some((g) => g.key === key)) byFirst.set(first, [...group, { key, word }]);
        return key;
      }),
    })),
  );
  const withWord = new Map<string, typeof signals>();
  for (const s of signals) for (const k of new Set(s.keys)) withWord.set(k, [...(withWord.get(k) ?? []), s]);

  // One query reads its tokens several times (who asks in each reading, the words naming them, whose words a
  // phrase is): their signal words are remembered until the next query starts, so memory stays one query's.
  const remembered = new Map<string, Set<string>>();
  function keysOf(token: string): Set<string> {
    const known = remembered.get(token);
    if (known) return known;
    const found = new Set<string>();
    remembered.set(token, found);
    const q = fold(stem(token, locale));
    for (const key of exact.get(q) ?? []) found.add(key);
    // A stopword is a word of a signal only as itself: «потому» is no slip for «оптом».
    if (termOf(token, locale) === null) return found;
    // The word as written is compared too only where the stemmer cut more than a one-letter ending.
    const written = token.length - q.length >= 2 ? fold(token) : undefined;
    for (const first of [q.charAt(0), q.charAt(1)]) {
      for (const { key, word } of byFirst.get(first) ?? [])
        if (!found.has(key) && forgives(q, word, written)) found.add(key);
    }
    return found;
  }

  /** Each token of a reading, in order: the signal words it is, and whether it is a stopword or the brand. */
  type Token = { text: string; keys: Set<string>; empty: boolean };
  function wordsIn(reading: string): Token[] {
    return reading
      .split(" ")
      .filter((token) => token !== "")
      .map((token) => ({ text: token, keys: keysOf(token), empty: termOf(token, locale) === null }));
  }

  /**
   * A signal of several words is said when its words stand together, in any order, with at most one other
   * word among them, stopwords and the brand not counted («кладовщик на складе ворует», «менеджер озон
   * ворует»): «как покупатель» is not «как отменить заказ покупателя».
   */
  function said(keys: readonly string[], tokens: readonly Token[]): boolean {
    const words = tokens.filter((t) => !t.empty || keys.some((k) => t.keys.has(k)));
    const span = keys.length + 1;
    for (let start = 0; start < Math.max(1, words.length - span + 1); start += 1) {
      const window = words.slice(start, start + span);
      if (keys.every((k) => window.some((t) => t.keys.has(k)))) return true;
    }
    return false;
  }

  function naming(reading: string, audience?: string): Set<string> {
    const tokens = wordsIn(reading);
    const found = new Set(tokens.flatMap((t) => [...t.keys]));
    const out = new Set<string>();
    // Only the words of a signal the reading says: «требует» of «сотрудник требует деньги» names nobody
    // in «начальник требует откат».
    for (const key of found) {
      for (const s of withWord.get(key) ?? []) {
        if (audience !== undefined && s.audience.id !== audience) continue;
        if (!s.keys.every((k) => found.has(k)) || !said(s.keys, tokens)) continue;
        for (const t of tokens) if (s.keys.some((k) => t.keys.has(k))) out.add(t.text);
      }
    }
    return out;
  }

  function who(readings: readonly string[]): string[] {
    const named = new Set<string>();
    // Each signal said, in any reading: the audience the query says most of decides, and of those saying
    // as much, the one serving the fewest people («поставка fbo … водитель говорит» is a seller's).
    const spoken = new Set<(typeof signals)[number]>();
    const within: Array<(typeof signals)[number]> = [];
    for (const reading of readings) {
      const tokens = wordsIn(reading);
      const found = new Set(tokens.flatMap((t) => [...t.keys]));
      for (const key of found) {
        for (const s of withWord.get(key) ?? []) {
          if (spoken.has(s) || !s.keys.every((k) => found.has(k)) || !said(s.keys, tokens)) continue;
          if (s.requires === undefined) {
            spoken.add(s);
            named.add(s.audience.id);
          } else within.push(s);
        }
      }
    }
    // Only once every reading is read is it known whether the audience a narrower one lies within is named.
    for (const s of within) if (s.requires !== undefined && named.has(s.requires)) spoken.add(s);
    const count = new Map<AudienceSignals, number>();
    for (const s of spoken) count.set(s.audience, (count.get(s.audience) ?? 0) + 1);
    // An audience within another named is that one narrowed: it says all the other says and its own.
    const byId = new Map([...count.keys()].map((a) => [a.id, a]));
    const parent = (a: AudienceSignals): AudienceSignals | undefined =>
      a.within === undefined ? undefined : byId.get(a.within.audience);
    const says = (a: AudienceSignals): number => {
      const p = parent(a);
      return (count.get(a) ?? 0) + (p === undefined ? 0 : (count.get(p) ?? 0));
    };
    let pick: AudienceSignals | undefined;
    for (const audience of count.keys()) {
      const [n, m] = [says(audience), pick === undefined ? -1 : says(pick)];
      if (n > m || (n === m && pick !== undefined && audience.weight < pick.weight)) pick = audience;
    }
    return pick ? [pick.id] : [];
  }

  const withinSignals = signals.filter((s) => s.requires !== undefined);

  function withinSaid(reading: string): Map<string, Set<string>> {
    const tokens = wordsIn(reading);
    const found = new Set(tokens.flatMap((t) => [...t.keys]));
    const out = new Map<string, Set<string>>();
    for (const s of withinSignals) {
      if (!s.keys.every((k) => found.has(k)) || !said(s.keys, tokens)) continue;
      const words = out.get(s.audience.id) ?? new Set<string>();
      for (const t of tokens) if (s.keys.some((k) => t.keys.has(k))) words.add(t.text);
      out.set(s.audience.id, words);
    }
    return out;
  }

  return { who, naming, withinSaid, startQuery: () => remembered.clear() };
}

/** Parts of the site's address that say nothing more than the brand does: «ozon.ru», «www.ozon.ru». */
const ADDRESS_PARTS = new Set(["ru", "ру", "www", "com"]);

/** «www ozon ru» is the longest way to write the brand alone. */
const MAX_BRAND_TOKENS = 3;

/**
 * A query that names only the brand, misspelt or not («озон», «azon», «ozon.ru», «озн»): it says where,
 * not who or what. The brand is the one word of four letters that forgives a slip: it is known in advance.
 */
export function onlyBrand(readings: readonly string[], locale: Locale = "ru"): boolean {
  return readings.some((r) => {
    const tokens = r.split(" ").filter((t) => t !== "");
    if (tokens.length > MAX_BRAND_TOKENS) return false;
    const brand = (t: string): boolean => {
      const s = stem(t, locale);
      return [...BRAND].some((b) => withinEdits(s, b, 1));
    };
    return tokens.some(brand) && tokens.every((t) => ADDRESS_PARTS.has(t) || brand(t));
  });
}
