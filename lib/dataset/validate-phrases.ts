import { normalize } from "../search/normalize";
import { termsOf } from "../search/terms";
import type { DataError } from "./validate";

/** A parsed channel, topic or audience, and the file it came from. */
type Parsed = { file: string; value: { id: string; phrases: readonly string[]; audience?: string; problem?: string } };

/** The number check lives in guidance.json and has no id of its own. */
const NUMBER_CHECK_ID = "numberCheck";

/** Two phrases say the same to search when their stemmed words are the same, in any order. */
function phraseKey(phrase: string): string {
  return [...new Set(termsOf(phrase))].sort().join(" ");
}

/**
 * Search intents are data, so they are checked like data: every phrase is stored the way search
 * normalises it, says something beyond stopwords, and leads to exactly one record, so a query
 * that matches a phrase has one answer. The one exception is a phrase shared by topics of one problem
 * for different audiences («заблокировали аккаунт»): its answer is the question who is asking. Each
 * problem is shared by two audiences or more, with one topic each.
 */
export function checkPhrases(
  records: readonly Parsed[],
  guidanceFile: string,
  guidance: { numberCheck: { phrases: readonly string[] } } | undefined,
): DataError[] {
  const errors: DataError[] = [];
  const owners = new Map<string, { id: string; audience?: string; problem?: string }>();
  const all = records.map(({ file, value }) => ({ file, ...value }));
  if (guidance) all.push({ file: guidanceFile, id: NUMBER_CHECK_ID, phrases: guidance.numberCheck.phrases });
  for (const { file, id, phrases, audience, problem } of all) {
    phrases.forEach((phrase, i) => {
      const err = (message: string) => errors.push({ file, id, field: `phrases.${i}`, message });
      const normal = normalize(phrase);
      if (phrase !== normal) return err(`«${phrase}» записана не так, как её ищет поиск: «${normal}»`);
      const key = phraseKey(phrase);
      if (key === "") return err(`«${phrase}» состоит только из служебных слов`);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { id, audience, problem });
      else if (!sameProblem(owner, { audience, problem }))
        err(`«${phrase}» для поиска совпадает с фразой у «${owner.id}»`);
    });
  }
  errors.push(...checkProblems(records));
  return errors;
}

type Owner = { audience?: string; problem?: string };

const sameProblem = (a: Owner, b: Owner): boolean =>
  a.problem !== undefined && a.problem === b.problem && a.audience !== b.audience;

/** A problem named by one topic, or by two of one audience, is a slip: nothing would ask or answer by it. */
function checkProblems(records: readonly Parsed[]): DataError[] {
  const byProblem = new Map<string, Parsed[]>();
  for (const r of records) {
    if (r.value.problem !== undefined) byProblem.set(r.value.problem, [...(byProblem.get(r.value.problem) ?? []), r]);
  }
  const errors: DataError[] = [];
  for (const [problem, shared] of byProblem) {
    const audiences = shared.map((r) => r.value.audience);
    shared.forEach(({ file, value }, i) => {
      const err = (message: string) => errors.push({ file, id: value.id, field: "problem", message });
      if (shared.length < 2) err(`проблема «${problem}» есть только у этой темы: укажите её и у темы другой аудитории`);
      else if (audiences.indexOf(value.audience) !== i)
        err(`у аудитории «${value.audience ?? ""}» уже есть тема с проблемой «${problem}»`);
    });
  }
  return errors;
}
