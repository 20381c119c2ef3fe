import { clip, hasCyrillic, hasLatin, isStopword, normalize, tokenize } from "./normalize";
import { toEnglishLayout, toRussianLayout } from "./layout";
import { transliterate } from "./translit";
import { stem } from "./stem";

/** Fewer words than this are enough to describe any problem; the rest only cost time. */
const MAX_TERMS = 8;

/**
 * The ways a query may have been meant, as normalised text, the query as typed
 * first: typed on the wrong keyboard layout (both directions) and Russian
 * written in Latin letters or English. The searcher keeps the readings whose
 * words the index knows best, so no reading is trusted blindly.
 */
export function queryVariants(query: string): string[] {
  const folded = clip(query);
  const typed = normalize(folded);
  const variants = [typed];
  if (hasLatin(folded)) variants.push(normalize(toRussianLayout(folded)), transliterate(typed));
  if (hasCyrillic(folded)) variants.push(normalize(toEnglishLayout(folded)));
  return [...new Set(variants)].filter((v) => v !== "");
}

/** Distinct stemmed search terms of normalised text, without stopwords. */
export function searchTerms(normalized: string): string[] {
  const terms = tokenize(normalized)
    .filter((t) => !isStopword(t))
    .map(stem);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}
