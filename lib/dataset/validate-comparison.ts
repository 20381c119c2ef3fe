import type { MarketplaceComparison } from "./schema";
import { QUESTIONS } from "../comparison/questions";
import type { DataError } from "./validate";
import { missing, type Known } from "./references";

/**
 * The comparison puts other companies' contacts next to Ozon's, so each answer may name only contacts of
 * the marketplace it describes: a Wildberries cell can never link an Ozon channel, or the other way round.
 */
export function checkComparison(file: string, comparison: MarketplaceComparison, known: Known): DataError[] {
  const errors: DataError[] = [];
  const id = "marketplaceComparison";
  const err = (field: string, message: string) => errors.push({ file, id, field, message });
  if (!known.audiences.has(comparison.audience)) err("audience", missing("audience", comparison.audience));
  const seen = new Set<string>();
  let ozonRows = 0;
  comparison.marketplaces.forEach((m, i) => {
    const at = `marketplaces.${i}`;
    const owner = known.organisations.get(m.organisation);
    if (!owner) err(`${at}.organisation`, missing("organisation", m.organisation));
    else if (owner.isOzon) ozonRows += 1;
    if (seen.has(m.organisation)) err(`${at}.organisation`, `площадка «${m.organisation}» уже есть в сравнении`);
    seen.add(m.organisation);
    for (const { key } of QUESTIONS) {
      const answer = m[key];
      answer.sources.forEach((s, j) => {
        if (!known.sources.has(s)) err(`${at}.${key}.sources.${j}`, missing("source", s));
      });
      answer.channels.forEach((c, j) => {
        const channel = known.channels.get(c);
        if (!channel) err(`${at}.${key}.channels.${j}`, missing("channel", c));
        else if (channel.organisation !== m.organisation) {
          err(
            `${at}.${key}.channels.${j}`,
            `канал «${c}» принадлежит «${channel.organisation}», а не «${m.organisation}»`,
          );
        }
      });
    }
  });
  if (ozonRows === 0) err("marketplaces", "в сравнении нет строки Ozon");
  return errors;
}
