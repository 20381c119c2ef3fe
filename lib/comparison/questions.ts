import type { Marketplace, MarketplaceComparison, Organisation } from "../dataset/schema";
import { listRu } from "../text/russian";

export type Question = Exclude<keyof Marketplace, "organisation">;

/** The questions the sellers' comparison answers for each marketplace, in the order the page asks them. */
export const QUESTIONS: ReadonlyArray<{ key: Question; label: string }> = [
  { key: "call", label: "Можно ли позвонить" },
  { key: "chatHours", label: "Часы чата" },
  { key: "officialEmail", label: "Почта для официальных запросов" },
  { key: "withoutCabinet", label: "Если нет доступа к кабинету" },
  { key: "speed", label: "Скорость ответа, по оценке обзора" },
  { key: "quality", label: "Качество ответов, по оценке обзора" },
];

/** «Поддержка продавцов: Ozon, Wildberries, Яндекс Маркет и AliExpress», the marketplaces in the data's order. */
export function comparisonTitle(marketplaces: readonly Pick<Organisation, "name">[]): string {
  return `Поддержка продавцов: ${listRu(marketplaces.map((o) => o.name))}`;
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
