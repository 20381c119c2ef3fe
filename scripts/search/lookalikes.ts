import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { HunspellReader } from "hunspell-reader";
import type { ChannelKind, Directory } from "../../lib/dataset/schema";
import type { Locale } from "../../lib/i18n/locale";
import { signalWordsOf } from "../../lib/search/audience";
import { AROUND, ASKING, contactReader } from "../../lib/search/contact";
import { foldText } from "../../lib/text/russian";
import { LOOKALIKES } from "../../lib/search/lookalikes";
import { fold, keyOf, lookalikesIn, wordFinder, wordOf, type LookalikeList } from "../../lib/search/slips";
import { stem, termOf } from "../../lib/search/terms";

export const LOOKALIKES_FILE = "lib/search/lookalikes.json";

/**
 * Every form of every word of the Russian Hunspell dictionary (dictionary-ru, 146,000 words; hunspell-reader
 * applies its affixes): lowercase, of three letters or more. A lookalike must be known in the form typed:
 * «подаю» is a word, «потча» is not, though the stemmer cuts both to a word's stem.
 */
export async function dictionaryForms(): Promise<string[]> {
  const dir = dirname(createRequire(import.meta.url).resolve("dictionary-ru"));
  const reader = await HunspellReader.createFromFiles(join(dir, "index.aff"), join(dir, "index.dic"));
  const forms = new Set<string>();
  // Folded as the query is (normalize.ts): «жёлоб» is typed and read as «желоб».
  for (const w of reader.iterateWords()) {
    const folded = foldText(w);
    if (/^[а-я]{3,}$/.test(folded)) forms.add(folded);
  }
  return [...forms];
}

/**
 * Every form that a slip of a signal's word (any audience's, `within` too) or of a word asking for a
 * contact takes in, while its stem is none of theirs: read as a slip, it would name someone the visitor
 * never named. Sorted.
 */
export function lookalikesOf(directory: Directory, forms: readonly string[]): string[] {
  const signalWords = signalWordsOf(directory.audiences);
  const stems = new Map(signalWords.map((t) => wordOf(t, "ru")).map((w) => [keyOf(w), w.stem]));
  const none = lookalikesIn({ stems: {}, words: [] });
  const find = wordFinder(signalWords, "ru", none);
  const kinds = [...new Set(directory.channels.map((c): ChannelKind => c.kind))];
  const asks = contactReader(kinds, "ru", none);
  // A contact word slipped into is tried beside one that asks: alone, a word going with asking asks nothing.
  const contactWords = new Set([...kinds.flatMap((kind) => ASKING[kind]), ...AROUND].map((w) => fold(stem(w, "ru"))));
  const found = forms.filter((w) => {
    if (termOf(w, "ru") === null) return false;
    const q = fold(stem(w, "ru"));
    if ([...find(w)].some((key) => q !== stems.get(key))) return true;
    return !contactWords.has(q) && asks([w, "телефон"]).size > 0;
  });
  return [...new Set(found)].sort();
}

/** The forms grouped as lookalikes.json holds them, by the stems search gives them. */
export function lookalikeList(forms: readonly string[], locale: Locale = "ru"): LookalikeList {
  const stems = new Map<string, string[]>();
  const words: string[] = [];
  // Keyed as the reader looks them up (formOf): the token folded, its stem taken before folding.
  for (const form of forms) {
    const [q, folded] = [fold(stem(form, locale)), fold(form)];
    if (folded.startsWith(q)) stems.set(q, [...(stems.get(q) ?? []), folded.slice(q.length)]);
    else words.push(folded);
  }
  const joined = [...stems].sort(([a], [b]) => (a < b ? -1 : 1)).map(([q, e]) => [q, [...new Set(e)].sort().join(" ")]);
  return { stems: Object.fromEntries(joined), words: [...new Set(words)].sort() };
}

/** The forms a list holds. */
export function formsIn(list: LookalikeList): string[] {
  return [...Object.entries(list.stems).flatMap(([q, e]) => e.split(" ").map((end) => q + end)), ...list.words];
}

/** What the list lacks and what it holds that is no longer a slip from anything. */
export function staleLookalikes(expected: readonly string[], list: LookalikeList = LOOKALIKES) {
  const listed = formsIn(list);
  const have = new Set(listed);
  const want = new Set(expected.map(fold));
  return { missing: [...want].filter((w) => !have.has(w)), extra: listed.filter((w) => !want.has(w)) };
}
