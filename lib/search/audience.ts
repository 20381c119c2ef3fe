import { swapped, withinEdits } from "./edit-distance";
import { BRAND, stem } from "./terms";

/** An audience as search reads it from a query: its id, the words that say it is asking, how many people it serves. */
export type AudienceSignals = { id: string; signals: readonly string[]; weight: number };

/** A word of a signal, stemmed, with the slips it forgives. */
type Word = { stem: string; edits: number; swap: boolean };

/** «э» is «е» when Russian is written in Latin letters («etika»), so the two are one letter here. */
const fold = (stemmed: string): string => stemmed.replaceAll("э", "е");

/**
 * Signals are short and many, so they forgive less than the index does: a word of five letters would take
 * in its neighbours with any slip («вклад» for «склад»), so four- and five-letter words forgive only two
 * letters swapped («бнак»); from six letters one edit, from eight two, since a slip and a vowel that drops
 * out in another case form («влаедльцу» for «владелец») are two.
 */
function wordOf(token: string): Word {
  const edits = token.length >= 8 ? 2 : token.length >= 6 ? 1 : 0;
  return { stem: fold(stem(token)), edits, swap: token.length >= 4 };
}

const matches = (query: readonly string[], word: Word): boolean =>
  query.some(
    (q) =>
      q === word.stem ||
      (word.edits > 0 && withinEdits(q, word.stem, word.edits)) ||
      (word.swap && q.length === word.stem.length && swapped(q, word.stem)),
  );

/**
 * Who is asking, read from the query's readings (as typed, other keyboard layout, Latin transliterated):
 * an audience is recognised when every word of one of its signals is in some reading, in any case form
 * and with the slips a word of its length forgives («продовцу» is «продавец»). When several are, the one
 * serving the fewest people decides: naming it says more («продавцу из Китая» is a cross-border seller,
 * «покупатель пожаловался, я продавец» a seller). Returns that audience's id, or none.
 */
export function audienceReader(audiences: readonly AudienceSignals[]): (readings: readonly string[]) => string[] {
  const prepared = audiences.map((a) => ({ ...a, words: a.signals.map((s) => s.split(" ").map(wordOf)) }));
  return (readings) => {
    const stemmed = readings.map((r) =>
      r
        .split(" ")
        .filter((t) => t !== "")
        .map((t) => fold(stem(t))),
    );
    let narrowest: AudienceSignals | undefined;
    for (const a of prepared) {
      if (narrowest && narrowest.weight <= a.weight) continue;
      if (a.words.some((words) => stemmed.some((q) => words.every((w) => matches(q, w))))) narrowest = a;
    }
    return narrowest ? [narrowest.id] : [];
  };
}

/** Parts of the site's address that say nothing more than the brand does: «ozon.ru», «www.ozon.ru». */
const ADDRESS_PARTS = new Set(["ru", "ру", "www", "com"]);

/**
 * A query that names only the brand, misspelt or not («озон», «azon», «ozon.ru», «озн»): it says where,
 * not who or what. The brand is the one word of four letters that forgives a slip: it is known in advance.
 */
export function onlyBrand(readings: readonly string[]): boolean {
  return readings.some((r) => {
    const tokens = r.split(" ").filter((t) => t !== "");
    const brand = (t: string): boolean => [...BRAND].some((b) => withinEdits(stem(t), b, 1));
    return tokens.some(brand) && tokens.every((t) => brand(t) || ADDRESS_PARTS.has(t));
  });
}
