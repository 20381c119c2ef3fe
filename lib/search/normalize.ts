import { foldText } from "@/lib/text";

/**
 * Text normalisation shared by the index and the query, so both sides agree
 * on what a "word" is. Everything here is linear in the input and never builds
 * a RegExp from user text.
 */

/** Nobody describes a support problem in more; it also bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** Longest token we keep; fuse.js's bitap matcher works in 32-character chunks. */
export const MAX_TOKEN_LENGTH = 32;

/** The first MAX_QUERY_LENGTH characters, case-folded. */
export function clip(input: string): string {
  return foldText(input.slice(0, MAX_QUERY_LENGTH));
}

/**
 * Only Russian and Latin letters and digits survive; everything else (punctuation,
 * regex characters, emoji, right-to-left text and its direction marks) becomes a
 * space, then spaces collapse.
 */
export function normalize(input: string): string {
  return clip(input)
    .replace(/[^a-z0-9а-я]+/g, " ")
    .trim();
}

export function tokenize(normalized: string): string[] {
  if (normalized === "") return [];
  return normalized.split(" ").map((t) => t.slice(0, MAX_TOKEN_LENGTH));
}

/**
 * Words that carry no meaning for finding a channel. "не" is here too: "не пришла
 * выплата" and "выплата пришла" point to the same topic.
 */
const STOPWORDS = new Set([
  "а",
  "без",
  "бы",
  "в",
  "во",
  "вот",
  "где",
  "да",
  "для",
  "до",
  "же",
  "за",
  "и",
  "из",
  "или",
  "как",
  "ко",
  "к",
  "ли",
  "мне",
  "меня",
  "мой",
  "моя",
  "мои",
  "мою",
  "на",
  "не",
  "нет",
  "ни",
  "но",
  "о",
  "об",
  "от",
  "по",
  "при",
  "про",
  "с",
  "со",
  "так",
  "то",
  "у",
  "уже",
  "что",
  "чтобы",
  "это",
  "я",
  "a",
  "an",
  "and",
  "at",
  "for",
  "i",
  "in",
  "is",
  "it",
  "my",
  "of",
  "on",
  "or",
  "the",
  "to",
]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

export function hasLatin(text: string): boolean {
  return /[a-z]/.test(text);
}

export function hasCyrillic(text: string): boolean {
  return /[а-я]/.test(text);
}
