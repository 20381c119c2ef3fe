import type { Evidence, SourceIndex } from "./evidence";
import type { Channel } from "./schema";

/**
 * Wording that claims more than the sources give: ranking sources by an age nobody recorded, or saying
 * they disagree when they do not. The validator reports each hit; the rules on status live in evidence.ts.
 */

export type Overclaim = { field: string; message: string };

const AGE_WORDS =
  /свеж|новейш|сам(?:ая|ой|ые|ых) нов|более нов|(?:стар|прежн|бывш)(?:ые|ых|ая|ой|ие|их|ий|ый|ое|ее) (?:стат|источник|сайт|адрес|номер|лини|телефон)/i;

/** Whether a text calls one source newer or older than another. */
export function ranksByAge(text: string): boolean {
  return AGE_WORDS.test(text);
}

function channelTexts(c: Channel): Array<[string, string]> {
  const texts: Array<[string, string]> = [
    ["summary", c.summary],
    ["verdict", c.verdict],
  ];
  if (c.hours?.note) texts.push(["hours.note", c.hours.note]);
  c.hours?.staffing.forEach((s, i) => {
    if (s.note) texts.push([`hours.staffing.${i}.note`, s.note]);
  });
  c.responseTimes.forEach((r, i) => {
    if (r.context) texts.push([`responseTimes.${i}.context`, r.context]);
  });
  return texts;
}

/** Sources differ on the hours of one kind of staff, or on the time to a first reply. */
function detailsDiffer(c: Channel): boolean {
  const who = c.hours?.staffing.map((s) => s.who) ?? [];
  const replySources = new Set(c.responseTimes.filter((r) => r.stage === "first-reply").map((r) => r.source));
  return new Set(who).size < who.length || replySources.size > 1;
}

export function allDated(ids: Iterable<string>, sources: SourceIndex): boolean {
  for (const id of ids) if (sources.get(id)?.publishedAt === undefined) return false;
  return true;
}

const OFFICIAL_PAGE = /официальн(?:ая|ой|ую) страниц/i;
const INDEPENDENT = /независимы[хе] (?:стат|публикац|источник)/i;

export function overclaims(c: Channel, evidence: Evidence, sources: SourceIndex): Overclaim[] {
  const found: Overclaim[] = [];
  const cited = [...c.claims.map((cl) => cl.source), ...(c.hours?.staffing.flatMap((s) => s.sources) ?? [])];
  const dated = allDated(cited, sources);
  const citesOfficial = cited.some((id) => sources.get(id)?.kind === "official");
  for (const [field, text] of channelTexts(c)) {
    if (!dated && ranksByAge(text)) {
      found.push({ field, message: "источники не датированы: текст не может называть один из них новее или старше" });
    }
    if (/расход/i.test(text) && evidence.confidence !== "conflict" && !detailsDiffer(c)) {
      found.push({ field, message: "текст говорит, что источники расходятся, а они не расходятся" });
    }
    if (OFFICIAL_PAGE.test(text) && !citesOfficial) {
      found.push({ field, message: "текст ссылается на официальную страницу, а среди источников канала её нет" });
    }
    if (INDEPENDENT.test(text) && evidence.confidence !== "several" && evidence.confidence !== "official") {
      found.push({ field, message: "текст говорит о независимых источниках, а по правилам их меньше двух" });
    }
  }
  return found;
}
