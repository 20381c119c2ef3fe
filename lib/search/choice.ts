import type { SearchHit } from "./search";
import type { SearchDoc } from "./types";

/** One answer of the audience choice: who («Я продаю на Ozon») and the best answer for them. */
export type AudienceOption = { audience: string; label: string; hit: SearchHit };

/**
 * Answers scoring within this factor of the best one are as good a reading of the words. The priors are
 * already in the scores (a buyer's answer beats a seller's equal one by about 12 %), so a factor this
 * narrow still lets the phrase a query is (a bare «возврат» is a buyer's return) decide.
 */
export const CLOSE = 1.3;

/**
 * Only a query the best answer fits well is worth a question: a score this low takes a query that shares
 * most words with one of its phrases. When the words fit nothing well, asking who is asking would not
 * find a better answer, only delay the one there is.
 */
export const STRONG = 0.1;

/** Only the first three answers can make the query ambiguous: further down, the first audience already has several. */
const LOOK = 3;
const MAX_OPTIONS = 3;

/** The one audience an answer is for; a channel several audiences share decides nothing. */
export const ownerOf = (doc: SearchDoc): string | undefined =>
  doc.audiences.length === 1 ? doc.audiences[0] : undefined;

/**
 * When the best answers are for different audiences and nothing in the query says who is asking, the
 * choice between them: each audience with its answer, the one serving the most people first («Вы
 * покупатель или продавец?»): answers this close are ranked by noise, and the likeliest asker reads first. Null when one
 * audience's answer is clearly best, or the first result is a number, an address or a shared channel.
 */
export function audienceChoice(
  hits: readonly SearchHit[],
  audiences: ReadonlyMap<string, SearchDoc>,
): AudienceOption[] | null {
  const [top] = hits;
  if (!top || top.reason !== "text" || ownerOf(top.doc) === undefined) return null;
  if (top.score > STRONG && top.phraseKey === undefined) return null;
  const options: AudienceOption[] = [];
  for (const hit of hits.slice(0, LOOK)) {
    const owner = ownerOf(hit.doc);
    const audience = owner === undefined ? undefined : audiences.get(owner);
    // Two audiences' topics of one problem holding the same phrase of the query are equally meant, whatever
    // their scores' noise near zero: the data says these words do not tell who asks («поддержка не
    // отвечает неделю»).
    const same =
      top.phraseKey !== undefined &&
      hit.phraseKey === top.phraseKey &&
      top.doc.problem !== undefined &&
      hit.doc.problem === top.doc.problem;
    const close = same || (top.score <= STRONG && hit.score <= top.score * CLOSE);
    if (hit.reason !== "text" || !close || !owner || !audience) continue;
    if (options.some((o) => o.audience === owner)) continue;
    options.push({ audience: owner, label: audience.detail, hit });
  }
  if (options.length < 2) return null;
  const weight = (o: AudienceOption): number => audiences.get(o.audience)?.prior ?? 0;
  return options.slice(0, MAX_OPTIONS).sort((a, b) => weight(b) - weight(a));
}

/**
 * The option a word of the query decides: a word that is a whole phrase of one of the option audience's
 * topics (a problem of its own: «выплата», «поставка») and that no other option's records know at all
 * («поддержка не отвечает по выплате» is a seller's). Words said in passing («вчера», «помогите») are no
 * problem of anyone's and decide nothing; nor does a query in which two options have such a word.
 */
export function decidedBy(
  options: readonly AudienceOption[],
  terms: ReadonlySet<string>,
  known: (audience: string) => { terms: ReadonlySet<string>; problems: ReadonlySet<string> } | undefined,
): AudienceOption | null {
  const deciding = options.filter((o) =>
    [...terms].some(
      (t) =>
        known(o.audience)?.problems.has(t) &&
        options.every((other) => other.audience === o.audience || !known(other.audience)?.terms.has(t)),
    ),
  );
  return deciding.length === 1 ? (deciding[0] ?? null) : null;
}

/** For a query that names only the brand: the audiences most visitors are, each with its own page. */
const BRAND_OPTIONS = 4;

export function brandChoice(audienceHits: readonly SearchHit[]): AudienceOption[] {
  return [...audienceHits]
    .sort((a, b) => b.doc.prior - a.doc.prior)
    .slice(0, BRAND_OPTIONS)
    .map((hit) => ({ audience: hit.doc.id, label: hit.doc.detail, hit }));
}
