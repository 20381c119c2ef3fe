import { normalize } from "../search/normalize";
import { termsOf } from "../search/terms";
import type { DataError } from "./validate";

/** A parsed channel, topic or audience, and the file it came from. */
type Parsed = { file: string; value: { id: string; phrases: readonly string[] } };

/** The number check lives in guidance.json and has no id of its own. */
const NUMBER_CHECK_ID = "numberCheck";

/** Two phrases say the same to search when their stemmed words are the same, in any order. */
function phraseKey(phrase: string): string {
  return [...new Set(termsOf(phrase))].sort().join(" ");
}

/**
 * Search intents are data, so they are checked like data: every phrase is stored the way search
 * normalises it, says something beyond stopwords, and leads to exactly one record, so a query
 * that matches a phrase has one answer.
 */
export function checkPhrases(
  records: readonly Parsed[],
  guidanceFile: string,
  guidance: { numberCheck: { phrases: readonly string[] } } | undefined,
): DataError[] {
  const errors: DataError[] = [];
  const owners = new Map<string, string>();
  const all = records.map(({ file, value }) => ({ file, id: value.id, phrases: value.phrases }));
  if (guidance) all.push({ file: guidanceFile, id: NUMBER_CHECK_ID, phrases: guidance.numberCheck.phrases });
  for (const { file, id, phrases } of all) {
    phrases.forEach((phrase, i) => {
      const err = (message: string) => errors.push({ file, id, field: `phrases.${i}`, message });
      const normal = normalize(phrase);
      if (phrase !== normal) return err(`«${phrase}» записана не так, как её ищет поиск: «${normal}»`);
      const key = phraseKey(phrase);
      if (key === "") return err(`«${phrase}» состоит только из служебных слов`);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, id);
      else err(`«${phrase}» для поиска совпадает с фразой у «${owner}»`);
    });
  }
  return errors;
}
