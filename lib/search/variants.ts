import type { Locale } from "../i18n/locale";
import { toEnglishLayout, toRussianLayout } from "./layout";
import { hasCyrillic, hasLatin, normalize } from "./normalize";
import { transliterate } from "./translit";

/**
 * The ways a folded query may have been meant, as normalised text, the query as typed first: typed
 * on the wrong keyboard layout (either way round), or Russian written in Latin letters. The searcher
 * keeps the reading the index knows best, so no reading is trusted blindly. English pages' index holds
 * no Russian words, so there Latin letters are read only as typed.
 */
export function queryVariants(folded: string, locale: Locale = "ru"): string[] {
  const typed = normalize(folded);
  const variants = [typed];
  if (locale === "ru" && hasLatin(folded)) variants.push(normalize(toRussianLayout(folded)), transliterate(typed));
  if (hasCyrillic(folded)) variants.push(normalize(toEnglishLayout(folded)));
  return [...new Set(variants)].filter((v) => v !== "");
}
