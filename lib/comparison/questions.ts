import type { Marketplace, MarketplaceComparison, Organisation } from "../dataset/schema";
import { listEn, listRu } from "../text/russian";
import type { Locale } from "../i18n/locale";

export type Question = Exclude<keyof Marketplace, "organisation">;

/** The questions the sellers' comparison answers for each marketplace, in the order the page asks them. */
export const QUESTIONS: ReadonlyArray<{ key: Question; label: string; en: string }> = [
  { key: "call", label: "Можно ли позвонить", en: "Can you call" },
  { key: "chatHours", label: "Часы чата", en: "Chat hours" },
  { key: "officialEmail", label: "Почта для официальных запросов", en: "E-mail for official requests" },
  { key: "withoutCabinet", label: "Если нет доступа к кабинету", en: "Without access to your account" },
  { key: "speed", label: "Скорость ответа, по оценке обзора", en: "Speed of answers, as the review rates it" },
  { key: "quality", label: "Качество ответов, по оценке обзора", en: "Quality of answers, as the review rates it" },
];

/** A question as the page asks it in its language. */
export function questionLabel(q: (typeof QUESTIONS)[number], locale: Locale): string {
  return locale === "ru" ? q.label : q.en;
}

/** «Поддержка продавцов: Ozon, Wildberries, Яндекс Маркет и AliExpress», the marketplaces in the data's order. */
export function comparisonTitle(marketplaces: readonly Pick<Organisation, "name">[], locale: Locale = "ru"): string {
  const names = marketplaces.map((o) => o.name);
  return locale === "ru" ? `Поддержка продавцов: ${listRu(names)}` : `Seller support: ${listEn(names)}`;
}

/** Where the comparison lives: under the audience it is written for. */
export function comparisonPath(audience: string): string {
  return `/${audience}/marketplaces`;
}

/** The page's sources as numbered notes, in the order the answers first cite them. */
export function footnotes(comparison: MarketplaceComparison): Map<string, number> {
  const notes = new Map<string, number>();
  for (const { key } of QUESTIONS) {
    for (const m of comparison.marketplaces) {
      for (const source of m[key].sources) if (!notes.has(source)) notes.set(source, notes.size + 1);
    }
  }
  return notes;
}
