import { plural } from "@/lib/text";
import type { SearchDoc, SearchDocKind } from "./types";

/** What a result is, in the words the site uses elsewhere. */
export const kindName: Record<SearchDocKind, string> = {
  channel: "Канал",
  topic: "Тема",
  audience: "Раздел",
};

/** Said next to a third-party contact, which the status badge only marks "Не Ozon". */
export function ownerNote(doc: SearchDoc): string | null {
  if (doc.status !== "third-party") return null;
  return `Это контакт компании «${doc.owner ?? "не Ozon"}», а не Ozon.`;
}

/** The prompt before the channel a topic or an audience leads to. */
export function targetPrompt(doc: SearchDoc): string {
  return doc.kind === "topic" ? "Куда обращаться:" : "Лучший канал:";
}

const resultForms = ["результат", "результата", "результатов"] as const;

/** "1 результат", "3 результата", "12 результатов". */
export function resultCount(n: number): string {
  return `${n} ${plural(n, resultForms)}`;
}
