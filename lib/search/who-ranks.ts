import type { SearchHit } from "./search";
import type { SearchDoc } from "./types";

/**
 * The last stage of ranking, once fuse.js and the data's adjustments have scored the candidates: who is
 * asking reorders them. Each step works on the map of hits by document index that search.ts builds.
 */

/** What these steps read of the index: the documents, the terms their lines hold, the audiences' pages. */
export type Ranking = {
  docs: readonly SearchDoc[];
  /** Whether any of a document's stemmed lines holds any of the terms. */
  holdsAny: (i: number, terms: ReadonlySet<string>) => boolean;
  /** The audience's own page, by audience id. */
  pages: ReadonlyMap<string, number>;
  /** The topic of each problem for each audience, by `${problem} ${audience}`. */
  problems: ReadonlyMap<string, number>;
};

export function rankingOf(
  docs: readonly SearchDoc[],
  holdsAny: Ranking["holdsAny"],
  pages: ReadonlyMap<string, number>,
): Ranking {
  const problems = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.problem !== undefined) for (const a of d.audiences) problems.set(`${d.problem} ${a}`, i);
  });
  return { docs, holdsAny, pages, problems };
}

/**
 * A topic read through another audience's topic of the same problem scores just behind what that one
 * scored: the problem's words were found there, and the audience asking decides whose topic answers.
 */
const BORROWED = 1.05;

/** Just after: the audience's page right below the answer it yields to. */
const AFTER = 1.001;

/**
 * Who asks and what about, separately: the words of a problem found in another audience's topic of it
 * («забыл пароль» is written on the buyers' account topic) lead the audience asking to its own topic of
 * the problem (a seller's account). `lenders` are those topics, with their scores before they were put
 * after the audience asking. Returns the topics so reached. `who` holds one audience today (the narrowest
 * named, or the one picked); each would borrow alike.
 */
export function borrow(
  ranking: Ranking,
  lenders: ReadonlyMap<number, number>,
  who: readonly string[],
  found: Map<number, SearchHit>,
): Set<number> {
  const reached = new Set<number>();
  for (const [i, score] of lenders) {
    for (const a of who) {
      const j = ranking.problems.get(`${ranking.docs[i]?.problem ?? ""} ${a}`);
      const doc = j === undefined ? undefined : ranking.docs[j];
      if (j === undefined || !doc || (found.get(j)?.score ?? Infinity) <= score * BORROWED) continue;
      found.set(j, { doc, score: score * BORROWED, reason: "text" });
      reached.add(j);
    }
  }
  return reached;
}

/**
 * The words that named the audience fit its own page, and any record whose phrases hold them («fbs» is
 * a logistics phrase), so on all the words these would outrank the audience's answer to the rest
 * («по fbs: заблокировали аккаунт»). Each record of the audience that holds none of the rest of the
 * words, `what`, (and was not reached through another audience's topic that does) follows the best one
 * that does, the page first among them. With none that does, all keep their places, so «продавец
 * абракадабра» still opens the sellers' page. The page itself answers when the query holds one of its phrases
 * whole and the phrase holds the rest of the words (`pageSays`: «этика, сообщить о нарушении»).
 */
export function yieldToTheRest(
  ranking: Ranking,
  what: ReadonlySet<string>,
  who: readonly string[],
  found: Map<number, SearchHit>,
  borrowed: ReadonlySet<number>,
  pageSays: boolean,
): void {
  const page = ranking.pages.get(who[0] ?? "") ?? -1;
  // Numbers and addresses found as themselves (negative scores) keep their places: words did not find them.
  const own = [...found].filter(
    ([, hit]) => hit.reason === "text" && hit.score > 0 && hit.doc.audiences.some((a) => who.includes(a)),
  );
  const speaking = new Set(own.map(([i]) => i).filter((i) => borrowed.has(i) || ranking.holdsAny(i, what)));
  let answer: SearchHit | undefined;
  const answers = (i: number): boolean => speaking.has(i) && (i !== page || pageSays);
  for (const [i, hit] of own) if (answers(i) && (!answer || hit.score < answer.score)) answer = hit;
  if (!answer) return;
  for (const [i, hit] of own) {
    if (hit.score > answer.score || answers(i)) continue;
    found.set(i, { ...hit, score: answer.score * (i === page ? AFTER : AFTER * AFTER) });
  }
}

/**
 * Topics of one problem for different audiences that fit about equally (within `close` of the best of
 * them: «я клиент, поддержка не отвечает» against the sellers' «поддержка не отвечает») are ordered by how
 * many people each serves: with nobody named, most visitors are buyers, and fuse.js's small differences
 * between similar lines should not decide. The group keeps its scores, reassigned in that order, so the
 * choice sees the same near-tie; `close` is the choice's own factor for answers that fit about equally.
 */
export function preferLikelier(found: Map<number, SearchHit>, close: number): void {
  const groups = new Map<string, Array<[number, SearchHit]>>();
  for (const entry of found) {
    const problem = entry[1].doc.problem;
    if (problem === undefined) continue;
    const group = groups.get(problem);
    if (group) group.push(entry);
    else groups.set(problem, [entry]);
  }
  for (const group of groups.values()) {
    const top = Math.min(...group.map(([, h]) => h.score));
    const near = group.filter(([, h]) => h.score <= top * close);
    const scores = near.map(([, h]) => h.score).sort((a, b) => a - b);
    near.sort(([, a], [, b]) => b.doc.prior - a.doc.prior || a.score - b.score);
    near.forEach(([i, hit], n) => found.set(i, { ...hit, score: scores[n] ?? hit.score }));
  }
}
