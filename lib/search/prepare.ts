import { isStopword, normalize, tokenize } from "./normalize";
import { stem } from "./stem";
import type { DocTerms } from "./candidates";
import type { DocWords } from "./types";

/**
 * What fuse.js sees of a document: stemmed terms as text. The free text is left to
 * the candidate index: scanning it would double fuse.js's time per query.
 */
export type FuseDoc = { t: string; k: string[]; v: string };

/**
 * Appended to every term on both sides. fuse.js matches a query word anywhere
 * inside the text, so "карт" (карта) would match "карточк" (карточка) perfectly;
 * with the mark it costs one edit, and a whole word beats the start of a longer
 * one. "_" is a word character for fuse.js's tokenizer, so terms stay whole.
 */
const END = "_";

export function marked(words: readonly string[]): string {
  return words.map((w) => w + END).join(" ");
}

export type TermsOf = (text: string) => string[];

/** Stemmed terms of any text, without stopwords; `stemOf` lets callers cache stems. */
export function termsWith(stemOf: (word: string) => string = stem): TermsOf {
  return (text) =>
    tokenize(normalize(text))
      .filter((t) => !isStopword(t))
      .map(stemOf);
}

/** A stemmer that remembers: documents repeat the same words many times over. */
export function cachedStem(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    const s = stem(word);
    cache.set(word, s);
    return s;
  };
}

/** The searchable text of a document, before normalising and stemming. */
export type RawText = { title: string; keywords: readonly string[]; value: string; text: string };

/** Stems every field; one `termsOf` (with its stem cache) serves a whole collection. */
export function docWords(raw: RawText, termsOf: TermsOf): DocWords {
  return {
    title: termsOf(raw.title),
    keywords: raw.keywords.map(termsOf).filter((p) => p.length > 0),
    // URLs would otherwise make "https" and "www" words of every website.
    value: termsOf(raw.value.replace(/^https?:\/\/(www\.)?/, "")),
    text: termsOf(raw.text),
  };
}

export function docTerms(words: DocWords): DocTerms {
  return { title: words.title, keywords: words.keywords.flat(), value: words.value, text: words.text };
}

const unique = (words: readonly string[]): string[] => [...new Set(words)];

/**
 * What fuse.js sees of a document. Title and value as bags of distinct terms: it
 * matches every query word on its own, so order adds nothing and repeats only cost
 * time. Keywords stay separate phrases, each with its own length norm, so a synonym
 * the query matches whole ("поддержка продавцов") counts for more than a scattered word.
 */
export function fuseDoc(words: DocWords): FuseDoc {
  return {
    t: marked(unique(words.title)),
    k: unique(words.keywords.map(marked)),
    v: marked(unique(words.value)),
  };
}
