import { digitsOf, MIN_PHONE_DIGITS } from "@/lib/text/phone";
import { plural } from "@/lib/text/russian";
import type { SearchDoc, SearchDocKind } from "@/lib/search/types";

/** What a result is, in the words the site uses elsewhere. */
export const kindName: Record<SearchDocKind, string> = {
  channel: "Канал",
  topic: "Тема",
  audience: "Раздел",
  check: "Проверка",
  comparison: "Сравнение",
};

/** The prompt before the channel a topic or an audience leads to. */
export function answerPrompt(doc: SearchDoc): string {
  if (doc.kind === "comparison") return "Куда писать:";
  return doc.kind === "topic" ? "Куда обращаться:" : "Лучший канал:";
}

/** The number check, with the number or address typed already in its box; words ("мне звонят") are none. */
export function checkHref(query: string): string {
  const q = query.trim();
  const contact = digitsOf(q).length >= MIN_PHONE_DIGITS || q.includes("@");
  return contact ? `/check?${new URLSearchParams({ q }).toString()}` : "/check";
}

/**
 * The status line under the box. The static page (a query is read only in the browser) holds its place too,
 * so nothing under the box moves when the live search takes over.
 */
export const STATUS_LINE = "min-h-6 text-sm text-slate-700";

const resultForms: readonly [string, string, string] = ["результат", "результата", "результатов"];

/** "1 результат", "3 результата", "12 результатов". */
export function resultCount(n: number): string {
  return `${n} ${plural(n, resultForms)}`;
}
