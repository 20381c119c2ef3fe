import { foldText } from "@/lib/text/russian";

/**
 * Text as search reads it, shared by the index, the query and the data validator. Linear in the
 * input, never a RegExp built from user text, and free of the stemmer, so the search box can use it
 * without pulling the engine into the page's first load.
 */

/** Nobody describes a support problem in more; it also bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** The first MAX_QUERY_LENGTH characters, case- and ё-folded. */
export function clip(input: string): string {
  return foldText(input.slice(0, MAX_QUERY_LENGTH));
}

/** Only Russian and Latin letters and digits survive; punctuation, emoji and the like become single spaces. */
export function normalize(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9а-я]+/g, " ")
    .trim();
}

export const hasLatin = (text: string): boolean => /[a-z]/.test(text);
export const hasCyrillic = (text: string): boolean => /[а-я]/.test(text);
