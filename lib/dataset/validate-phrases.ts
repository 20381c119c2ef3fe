import { normalize } from "../search/normalize";
import { keyOfTerms, termsOf } from "../search/terms";
import type { DataError } from "./validate";

/** A parsed channel, topic or audience, and the file it came from. */
type Parsed = { file: string; value: { id: string; phrases: readonly string[]; audience?: string; problem?: string } };

/** The number check lives in guidance.json and has no id of its own. */
const NUMBER_CHECK_ID = "numberCheck";

const phraseKey = (phrase: string): string => keyOfTerms(termsOf(phrase));

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
  /** Every record holding a phrase, by its key: several only for topics of one problem. */
  const owners = new Map<string, Array<{ id: string; audience?: string; problem?: string }>>();
  const all = records.map(({ file, value }) => ({ file, ...value }));
  if (guidance) all.push({ file: guidanceFile, id: NUMBER_CHECK_ID, phrases: guidance.numberCheck.phrases });
  for (const { file, id, phrases, audience, problem } of all) {
    phrases.forEach((phrase, i) => {
      const err = (message: string) => errors.push({ file, id, field: `phrases.${i}`, message });
      const normal = normalize(phrase);
      if (phrase !== normal) return err(`«${phrase}» записана не так, как её ищет поиск: «${normal}»`);
      const key = phraseKey(phrase);
      if (key === "") return err(`«${phrase}» состоит только из служебных слов`);
      const held = owners.get(key) ?? [];
      const clash = held.find((o) => o.id === id || !sameProblem(o, { audience, problem }));
      if (clash) return err(`«${phrase}» для поиска совпадает с фразой у «${clash.id}»`);
      owners.set(key, [...held, { id, audience, problem }]);
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
    if (r.value.problem === undefined) continue;
    const topics = byProblem.get(r.value.problem);
    if (topics) topics.push(r);
    else byProblem.set(r.value.problem, [r]);
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
