import { plural } from "./text";
import type { Evidence, Witnesses } from "./evidence";

const publicationForms: [string, string, string] = ["публикация", "публикации", "публикаций"];

/** Publications behind one kind of statement; an official page counts as one, an advertiser not at all. */
function count(w: Witnesses): number {
  return w.articlePublications.size + (w.official ? 1 : 0);
}

/**
 * A one-line summary of how the sources split, or null when they do not conflict. Counted by publication,
 * so texts bundled on one page are one voice; a source that gives another contact in this one's place is
 * counted as that, not as saying it does not work.
 */
export function disagreementSummary(evidence: Evidence): string | null {
  if (evidence.confidence !== "conflict") return null;
  const { works, notWorking, other } = evidence.tally;
  const parts: Array<[number, [string, string, string]]> = [
    [count(works), ["приводит его как действующий", "приводят его как действующий", "приводят его как действующий"]],
    [count(notWorking), ["пишет, что он не работает", "пишут, что он не работает", "пишут, что он не работает"]],
    [
      count(other),
      ["даёт на его месте другой контакт", "дают на его месте другой контакт", "дают на его месте другой контакт"],
    ],
  ];
  const text = parts
    .filter(([n]) => n > 0)
    .map(([n, verb]) => `${n} ${plural(n, publicationForms)} ${plural(n, verb)}`)
    .join(", ");
  return `Источники расходятся: ${text}.`;
}
