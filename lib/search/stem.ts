/**
 * A Russian stemmer after the Snowball algorithm, so that "выплата", "выплаты"
 * and "выплату" all index and search as "выплат". It expects normalised text
 * (lowercase, ё folded into е). Latin words and numbers are returned as they are.
 */

const VOWELS = "аеиоуыэюя";

const PERFECTIVE_GERUND_1 = ["в", "вши", "вшись"];
const PERFECTIVE_GERUND_2 = ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"];
const REFLEXIVE = ["ся", "сь"];
const ADJECTIVE = [
  "ее",
  "ие",
  "ые",
  "ое",
  "ими",
  "ыми",
  "ей",
  "ий",
  "ый",
  "ой",
  "ем",
  "им",
  "ым",
  "ом",
  "его",
  "ого",
  "ему",
  "ому",
  "их",
  "ых",
  "ую",
  "юю",
  "ая",
  "яя",
  "ою",
  "ею",
];
const PARTICIPLE_1 = ["ем", "нн", "вш", "ющ", "щ"];
const PARTICIPLE_2 = ["ивш", "ывш", "ующ"];
const VERB_1 = ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"];
const VERB_2 = [
  "ила",
  "ыла",
  "ена",
  "ейте",
  "уйте",
  "ите",
  "или",
  "ыли",
  "ей",
  "уй",
  "ил",
  "ыл",
  "им",
  "ым",
  "ен",
  "ило",
  "ыло",
  "ено",
  "ят",
  "ует",
  "уют",
  "ит",
  "ыт",
  "ены",
  "ить",
  "ыть",
  "ишь",
  "ую",
  "ю",
];
const NOUN = [
  "а",
  "ев",
  "ов",
  "ие",
  "ье",
  "е",
  "иями",
  "ями",
  "ами",
  "еи",
  "ии",
  "и",
  "ией",
  "ей",
  "ой",
  "ий",
  "й",
  "иям",
  "ям",
  "ием",
  "ем",
  "ам",
  "ом",
  "о",
  "у",
  "ах",
  "иях",
  "ях",
  "ы",
  "ь",
  "ию",
  "ью",
  "ю",
  "ия",
  "ья",
  "я",
];
const SUPERLATIVE = ["ейше", "ейш"];
const DERIVATIONAL = ["ость", "ост"];

const isVowel = (ch: string): boolean => VOWELS.includes(ch);

/** Start of RV: the part after the first vowel. */
function rvStart(word: string): number {
  for (let i = 0; i < word.length; i += 1) if (isVowel(word.charAt(i))) return i + 1;
  return word.length;
}

/** Start of R1 of `word` from `from`: after the first non-vowel that follows a vowel. */
function rStart(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i += 1) {
    if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) return i + 1;
  }
  return word.length;
}

/** Length of the longest ending of `region` in `plain`, or in `afterAYa` when preceded by а or я. */
function ending(region: string, plain: readonly string[], afterAYa: readonly string[] = []): number {
  let best = 0;
  for (const e of plain) if (e.length > best && region.endsWith(e)) best = e.length;
  for (const e of afterAYa) {
    if (e.length <= best || !region.endsWith(e)) continue;
    const before = region.charAt(region.length - e.length - 1);
    if (before === "а" || before === "я") best = e.length;
  }
  return best;
}

function step1(rv: string): string {
  const gerund = ending(rv, PERFECTIVE_GERUND_2, PERFECTIVE_GERUND_1);
  if (gerund > 0) return rv.slice(0, -gerund);
  const reflexive = ending(rv, REFLEXIVE);
  const base = reflexive > 0 ? rv.slice(0, -reflexive) : rv;
  const adjective = ending(base, ADJECTIVE);
  if (adjective > 0) {
    const rest = base.slice(0, -adjective);
    const participle = ending(rest, PARTICIPLE_2, PARTICIPLE_1);
    return participle > 0 ? rest.slice(0, -participle) : rest;
  }
  const verb = ending(base, VERB_2, VERB_1);
  if (verb > 0) return base.slice(0, -verb);
  const noun = ending(base, NOUN);
  return noun > 0 ? base.slice(0, -noun) : base;
}

function step4(rv: string): string {
  if (rv.endsWith("нн")) return rv.slice(0, -1);
  const superlative = ending(rv, SUPERLATIVE);
  if (superlative > 0) {
    const rest = rv.slice(0, -superlative);
    return rest.endsWith("нн") ? rest.slice(0, -1) : rest;
  }
  return rv.endsWith("ь") ? rv.slice(0, -1) : rv;
}

export function stem(word: string): string {
  if (!/^[а-я]+$/.test(word)) return word;
  const start = rvStart(word);
  const head = word.slice(0, start);
  let rv = step1(word.slice(start));
  if (rv.endsWith("и")) rv = rv.slice(0, -1);
  // Derivational endings are only removed inside R2, measured on the word so far.
  const current = head + rv;
  const r2 = rStart(current, rStart(current, -1));
  const derivational = ending(current.slice(r2), DERIVATIONAL);
  if (derivational > 0) rv = rv.slice(0, -derivational);
  return head + step4(rv);
}
