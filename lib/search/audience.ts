import { withinEdits } from "./edit-distance";
import type { Locale } from "../i18n/locale";
import { BRAND, PREPOSITIONS, stem, termOf, unsigned } from "./terms";
import { keyOf, wordFinder, wordOf } from "./slips";
import { LOOKALIKE_FORMS } from "./lookalikes";
import { together, writes } from "./stands";

/** An audience as search reads it from a query: its id, the words that say it is asking, how many people it serves. */
export type AudienceSignals = {
  id: string;
  signals: readonly string[];
  weight: number;
  /** Signals that name it only when `audience` is named too. */
  within?: { audience: string; signals: readonly string[] } | undefined;
  /** Forms of its signals' words that do not say it is asking («заявление в полицию»): they name nobody. */
  notAsking?: readonly string[] | undefined;
};

/** Who is asking, and which words of a reading said so. */
export type AudienceReader = {
  /**
   * Who is asking, read from the query's readings (as typed, other keyboard layout, Latin transliterated):
   * an audience is recognised when every word of one of its signals is in some reading, close together, in
   * any case form and with the slips a word of its length forgives («продовцу» is «продавец»). When several are, the one
   * the query says most signal words of decides (an audience within another counts the other's too), and of
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
   * For each audience, the tokens of a reading that are its words and yet do not say it is asking: its
   * `within` words, which without the audience they lie within say nothing of it («посылка из Китая»), and
   * its `notAsking` forms («вызову полицию»).
   */
  unsaid(reading: string): Map<string, Set<string>>;
  /** Forgets the tokens of the query before. */
  startQuery(): void;
};

/** Words before a naming word that make it the asker naming themselves: «я продавец, поддержка не отвечает». */
const SELF: ReadonlySet<string> = new Set(["я", "мы"]);

/**
 * Those who answer or act for the marketplace: standing between a form's words, one of them is who the
 * form's verb is said of, not the audience's word before it.
 */
const ACTORS = [
  "поддержка",
  "техподдержка",
  "служба",
  "оператор",
  "менеджер",
  "бот",
  "курьер",
  "сотрудник",
  "специалист",
];

/** Every word of every signal of the audiences, `within` ones too. */
export function signalWordsOf(audiences: ReadonlyArray<Pick<AudienceSignals, "signals" | "within">>): string[] {
  return audiences.flatMap((a) => [...a.signals, ...(a.within?.signals ?? [])].flatMap((s) => s.split(" ")));
}

export function audienceReader(audiences: readonly AudienceSignals[], locale: Locale = "ru"): AudienceReader {
  const signals = audiences.flatMap((audience) =>
    [
      ...audience.signals.map((signal) => ({ signal, requires: undefined })),
      ...(audience.within?.signals ?? []).map((signal) => ({ signal, requires: audience.within?.audience })),
    ].map(({ signal, requires }) => ({
      audience,
      requires,
      keys: signal.split(" ").map((token) => keyOf(wordOf(token, locale))),
    })),
  );
  const withWord = new Map<string, typeof signals>();
  for (const s of signals) for (const k of new Set(s.keys)) withWord.set(k, [...(withWord.get(k) ?? []), s]);
  const find = wordFinder(signalWordsOf(audiences), locale, LOOKALIKE_FORMS);
  const actors = new Set(ACTORS.flatMap((w) => termOf(w, locale) ?? []));
  // By the length of the first word: `writes` holds only between words of one length, and a form is tried
  // at every token of every reading. A form listed twice counts once, where it is listed last.
  const listed = audiences.flatMap((a) => (a.notAsking ?? []).map((form) => ({ audience: a.id, text: form })));
  const notAskingForms = new Map<number, Array<{ audience: string; form: string[]; order: number }>>();
  const last = new Map(listed.map(({ text }, order) => [text, order]));
  listed.forEach(({ audience, text }, order) => {
    if (last.get(text) !== order) return;
    const form = text.split(" ").map(unsigned);
    const length = form[0]?.length ?? 0;
    const forms = notAskingForms.get(length);
    if (forms) forms.push({ audience, form, order });
    else notAskingForms.set(length, [{ audience, form, order }]);
  });

  // One query reads its tokens several times (who asks in each reading, the words naming them, whose words a
  // phrase is): their signal words are remembered until the next query starts, so memory stays one query's.
  const remembered = new Map<string, Set<string>>();
  function keysOf(token: string): Set<string> {
    const known = remembered.get(token) ?? find(token);
    remembered.set(token, known);
    return known;
  }

  /**
   * Each token of a reading, in order: the signal words it is, whether it is a stopword or the brand, and the
   * audience whose `notAsking` form it stands in.
   */
  type Token = { text: string; keys: Set<string>; empty: boolean; asideFor?: string };
  function wordsIn(reading: string): Token[] {
    const texts = reading.split(" ").filter((token) => token !== "");
    const aside = notAskingIn(texts);
    return texts.map((token, n) => {
      const asideFor = aside.get(n);
      const empty = termOf(token, locale) === null;
      return asideFor === undefined
        ? { text: token, keys: keysOf(token), empty }
        : { text: token, keys: new Set<string>(), empty, asideFor };
    });
  }

  /**
   * The tokens that stand in a form of an audience's words not asking as it («в полицию», «администрация
   * сайта»), by position, with the audience: the case says where the visitor turns, which a stem cannot tell
   * («работаю в полиции» asks as it).
   */
  function notAskingIn(texts: readonly string[]): Map<number, string> {
    const aside = new Map<number, string>();
    // Soft signs are taken out once per reading, as the forms' were when the reader was made.
    const plain = texts.map(unsigned);
    const stands: Array<{ audience: string; at: number[]; order: number }> = [];
    plain.forEach((word, n) => {
      for (const { audience, form, order } of notAskingForms.get(word.length) ?? []) {
        if (writes(word, form[0] ?? "")) stands.push({ audience, at: formAt(texts, plain, n, form), order });
      }
    });
    // In the list's order: a later form says whose a token is over an earlier one.
    stands.sort((a, b) => a.order - b.order);
    for (const { audience, at } of stands) for (const k of at) aside.set(k, audience);
    return aside;
  }

  /**
   * A word that may stand among a form's words: not the brand, «я», a preposition, a word naming someone,
   * or someone else who may be the one doing what the form says («продавец, поддержка молчит неделю»).
   */
  const skippable = (token: string): boolean =>
    !BRAND.has(token) &&
    !SELF.has(token) &&
    !PREPOSITIONS.has(token) &&
    !actors.has(termOf(token, locale) ?? "") &&
    keysOf(token).size === 0;

  /**
   * The positions of a form's words when it starts at token `n`, or none, compared on the tokens without
   * their signs (`plain`) and read for who they name as typed (`texts`): its words in order, as written or
   * with the slips that keep a word's ending («в прокруатуру»), soft signs aside («pozhalovatsya»); any «не» before one of them,
   * which says the same of who asks («продавец не отвечает» is said of the seller as «продавец отвечает» is);
   * and at most one other word among them («продавец долго не отправляет»), but not after a preposition,
   * which takes its word at once («на мой магазин» is the seller's own shop), and not the brand, «я» or a
   * word naming someone («в банке озон говорят» is Ozon Bank's). A form whose first word names someone does
   * not stand after «я» or «мы», which make it the asker («я продавец, поддержка не отвечает»).
   */
  function formAt(texts: readonly string[], plain: readonly string[], n: number, form: readonly string[]): number[] {
    if (SELF.has(texts[n - 1] ?? "") && keysOf(texts[n] ?? "").size > 0) return [];
    const at: number[] = [];
    let next = n;
    let skipped = false;
    for (const [k, w] of form.entries()) {
      if (k > 0 && w !== "не" && texts[next] === "не") next += 1;
      const mayskip = k > 0 && !skipped && !PREPOSITIONS.has(form[k - 1] ?? "");
      if (mayskip && !writes(plain[next] ?? "", w) && skippable(texts[next] ?? "")) {
        skipped = true;
        next += w !== "не" && texts[next + 1] === "не" ? 2 : 1;
      }
      if (!writes(plain[next] ?? "", w)) return [];
      at.push(next);
      next += 1;
    }
    return at;
  }

  /**
   * A signal of several words is said when its words stand together, in any order, with at most one other
   * word among them, stopwords and the brand not counted («кладовщик на складе ворует», «менеджер озон
   * ворует»): «как покупатель» is not «как отменить заказ покупателя».
   */
  function said(keys: readonly string[], tokens: readonly Token[]): boolean {
    const words = tokens.filter((t) => !t.empty || keys.some((k) => t.keys.has(k)));
    return together(words, keys, (t, k) => t.keys.has(k));
  }

  type Signal = (typeof signals)[number];
  /** A reading's tokens and the signals it says, read once per query (who, naming and unsaid ask alike). */
  type Spoken = { tokens: Token[]; plain: Signal[]; within: Signal[] };
  const spokenIn = new Map<string, Spoken>();
  function spoken(reading: string): Spoken {
    const known = spokenIn.get(reading);
    if (known) return known;
    const tokens = wordsIn(reading);
    const found = new Set(tokens.flatMap((t) => [...t.keys]));
    const out: Spoken = { tokens, plain: [], within: [] };
    const seen = new Set<Signal>();
    // Audiences share signals («продавец» is the seller's and the cross-border seller's): each is read once.
    const heard = new Map<string, boolean>();
    const saidHere = (keys: readonly string[]): boolean => {
      const key = keys.join(" ");
      const known = heard.get(key) ?? said(keys, tokens);
      heard.set(key, known);
      return known;
    };
    for (const key of found) {
      for (const s of withWord.get(key) ?? []) {
        if (seen.has(s)) continue;
        seen.add(s);
        if (!s.keys.every((k) => found.has(k)) || !saidHere(s.keys)) continue;
        (s.requires === undefined ? out.plain : out.within).push(s);
      }
    }
    spokenIn.set(reading, out);
    return out;
  }

  /** The signals a reading says that name someone: its plain ones, and those within an audience named. */
  const heardIn = (r: Spoken, named: ReadonlySet<string>): Signal[] => [
    ...r.plain,
    ...r.within.filter((s) => s.requires !== undefined && named.has(s.requires)),
  ];

  /** The tokens of a reading that are words of the signals. */
  const tokensOf = (tokens: readonly Token[], heard: readonly Signal[]): Set<string> =>
    new Set(tokens.filter((t) => heard.some((s) => s.keys.some((k) => t.keys.has(k)))).map((t) => t.text));

  function naming(reading: string, audience?: string): Set<string> {
    const r = spoken(reading);
    // Only the words of a signal the reading says: «требует» of «сотрудник требует деньги» names nobody
    // in «начальник требует откат»; and of a signal within another audience, only with that one named
    // («почта из китая» names nobody).
    const heard = heardIn(r, new Set(r.plain.map((s) => s.audience.id)));
    return tokensOf(
      r.tokens,
      heard.filter((s) => audience === undefined || s.audience.id === audience),
    );
  }

  function who(readings: readonly string[]): string[] {
    // Each signal said, in any reading: the audience the query says most words of decides, and of those
    // saying as much, the one serving the fewest people («поставка fbo … водитель говорит» is a seller's).
    const read = readings.map(spoken);
    const named = new Set(read.flatMap((r) => r.plain.map((s) => s.audience.id)));
    // Words, not signals, and not stopwords: «селлер» inside «кабинет селлера» says no more than once,
    // «как» of «как покупатель» nothing. A reading counts alone: Latin and Cyrillic letters say one word.
    // Only once every reading is read is it known whether the audience a narrower one lies within is named.
    const count = new Map<AudienceSignals, number>();
    // Audiences the asker names as themselves: «я покупатель, продавец отменил заказ» is a buyer's.
    const self = new Set<string>();
    for (const r of read) {
      const heard = heardIn(r, named);
      for (const audience of new Set(heard.map((s) => s.audience))) {
        const own = heard.filter((s) => s.audience === audience);
        const saysOwn = (t: Token): boolean => !t.empty && own.some((s) => s.keys.some((k) => t.keys.has(k)));
        const words = r.tokens.filter(saysOwn).length;
        count.set(audience, Math.max(count.get(audience) ?? 0, words));
        if (r.tokens.some((t, n) => saysOwn(t) && afterSelf(r.tokens, n))) self.add(audience.id);
      }
    }
    // An audience within another named is that one narrowed: it says all the other says and its own.
    const byId = new Map([...count.keys()].map((x) => [x.id, x]));
    const says = (x: AudienceSignals): number => {
      const p = x.within === undefined ? undefined : byId.get(x.within.audience);
      return (count.get(x) ?? 0) + (p === undefined ? 0 : (count.get(p) ?? 0));
    };
    // Of the audiences named, those the asker says they are, and those within them («я продавец из китая»).
    const isSelf = (x: AudienceSignals): boolean =>
      self.has(x.id) || (x.within !== undefined && self.has(x.within.audience));
    const pool = [...count.keys()].filter((x) => self.size === 0 || isSelf(x));
    let pick: AudienceSignals | undefined;
    for (const audience of pool) {
      const [n, m] = [says(audience), pick === undefined ? -1 : says(pick)];
      if (n > m || (n === m && pick !== undefined && audience.weight < pick.weight)) pick = audience;
    }
    return pick ? [pick.id] : [];
  }

  /**
   * Whether the token stands right after «я» or «мы», a stopword at most between that is neither «не» nor a
   * preposition («я же продавец», «я как покупатель»).
   */
  function afterSelf(tokens: readonly Token[], n: number): boolean {
    const [before, earlier] = [tokens[n - 1], tokens[n - 2]];
    if (SELF.has(before?.text ?? "")) return true;
    // «я не продавец» says who the asker is not, «я у продавца заказал» whom the asker turned to.
    const between = before?.text ?? "";
    return before?.empty === true && between !== "не" && !PREPOSITIONS.has(between) && SELF.has(earlier?.text ?? "");
  }

  function unsaid(reading: string): Map<string, Set<string>> {
    const { tokens, within } = spoken(reading);
    const out = new Map<string, Set<string>>();
    const add = (id: string, text: string): void => {
      out.set(id, (out.get(id) ?? new Set<string>()).add(text));
    };
    for (const id of new Set(within.map((s) => s.audience.id))) {
      for (const t of tokensOf(
        tokens,
        within.filter((s) => s.audience.id === id),
      ))
        add(id, t);
    }
    for (const t of tokens) if (t.asideFor !== undefined) add(t.asideFor, t.text);
    return out;
  }

  function startQuery(): void {
    remembered.clear();
    spokenIn.clear();
  }

  return { who, naming, unsaid, startQuery };
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
