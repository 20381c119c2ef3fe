import { allowedEdits, withinEdits } from "./edit-distance";
import { BRAND, stem } from "./terms";

/** An audience as search reads it from a query: its id and the words that say it is asking. */
export type AudienceSignals = { id: string; signals: readonly string[] };

/** A word of a signal, stemmed, with the slips it forgives. */
type Word = { stem: string; edits: number };

function wordOf(token: string): Word {
  const s = stem(token);
  // Signals are short and many: a five-letter one would take in neighbours («вклад» for «склад»).
  return { stem: s, edits: s.length >= 6 ? allowedEdits(s.length) : 0 };
}

const matches = (query: readonly string[], word: Word): boolean =>
  query.some((q) => q === word.stem || (word.edits > 0 && withinEdits(q, word.stem, word.edits)));

/**
 * Who is asking, read from the query's readings (as typed, other keyboard layout, Latin transliterated):
 * an audience is recognised when every word of one of its signals is in some reading, in any case form
 * and with the slips a word of its length forgives («продовцу» is «продавец»). Returns the ids in the
 * order given, so several recognised audiences keep the dataset's order.
 */
export function audienceReader(audiences: readonly AudienceSignals[]): (readings: readonly string[]) => string[] {
  const prepared = audiences.map((a) => ({ id: a.id, signals: a.signals.map((s) => s.split(" ").map(wordOf)) }));
  return (readings) => {
    const stemmed = readings.map((r) =>
      r
        .split(" ")
        .filter((t) => t !== "")
        .map(stem),
    );
    return prepared
      .filter((a) => a.signals.some((words) => stemmed.some((q) => words.every((w) => matches(q, w)))))
      .map((a) => a.id);
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
