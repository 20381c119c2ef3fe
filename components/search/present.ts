import { digitsOf, looksLikePhone, russianE164 } from "@/lib/text/phone";
import { addressIn, phoneFragments } from "@/lib/search/direct";
import type { Locale } from "@/lib/i18n/locale";
import type { RU_MESSAGES } from "@/lib/i18n/messages";
import type { SearchDoc } from "@/lib/search/types";
import { countWord } from "@/components/reports/report-texts";

/**
 * The search page's words: the `search` messages, handed by the server page to the live search as they are
 * (a type-only import: no message file reaches the client bundle).
 */
export type SearchTexts = (typeof RU_MESSAGES)["search"];

/** A page the search sends to; on an English page, one in Russian says so. */
export type WayOut = { href: string; hrefLang?: "ru" };

/** The prompt before the channel a topic or an audience leads to. */
export function answerPrompt(doc: SearchDoc, texts: SearchTexts["answer"]): string {
  if (doc.kind === "comparison") return texts.comparison;
  return doc.kind === "topic" ? texts.topic : texts.audience;
}

/**
 * The number check, with the number or address of the query typed already in its box, without the words
 * around it («звонят с 8 800 234-70-00, это озон?» → «8 800 234-70-00»); words alone («мне звонят») are none.
 * Of several numbers, a whole Russian one comes before an order number or a piece of one.
 */
export function checkHref(query: string, page: string = "/check"): string {
  const q = query.trim();
  const fragments = phoneFragments(q);
  const contact = looksLikePhone(q)
    ? q
    : (addressIn(q) ??
      fragments.find((f) => russianE164(f) !== null) ??
      [...fragments].sort((x, y) => digitsOf(y).length - digitsOf(x).length)[0]);
  return contact ? `${page}?${new URLSearchParams({ q: contact }).toString()}` : page;
}

/**
 * The status line under the box. The static page (a query is read only in the browser) holds its place too,
 * so nothing under the box moves when the live search takes over.
 */
export const STATUS_LINE = "min-h-6 text-sm text-slate-700";

/** "1 результат", "3 результата", "12 результатов"; "1 result", "3 results". */
export function resultCount(n: number, forms: readonly string[], locale: Locale): string {
  return `${n} ${countWord(locale, n, forms)}`;
}

/** A query or an example as the page's language quotes it: «…» in Russian, “…” in English. */
export function quoted(text: string, quotes: SearchTexts["quotes"]): string {
  return `${quotes.open}${text}${quotes.close}`;
}
