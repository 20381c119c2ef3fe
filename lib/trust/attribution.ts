import { plural } from "../text/russian";
import { CONFIDENCE_RULES, type Evidence, type SourceIndex, type Witnesses } from "./evidence";
import type { Channel, Claim, Confidence, Source, Stance } from "../dataset/schema";
import { costLabel } from "../text/channel";

/**
 * The one module that words who supports a statement: «по одной статье», «2 публикации пишут…»,
 * the confidence label and the numbered sources beside it. Every such phrase on the site is made here from
 * the claims or source ids behind the statement; the validator rejects the same phrases typed into the data
 * (lib/trust/wording.ts), so a sentence can never claim more support than its sources give.
 */

export const sourceKindLabel: Readonly<Record<Source["kind"], string>> = {
  official: "Официальная страница",
  article: "Статья",
  advertiser: "Текст рекламодателя",
};

export const stanceLabel: Readonly<Record<Stance, string>> = {
  "says-works": "пишет, что работает",
  "says-not-working": "пишет, что не работает",
  lists: "приводит как действующий контакт",
  "lists-other": "даёт на этом месте другой контакт",
  "not-mentioned": "этот канал не называет",
};

export function confidenceLabel(level: Confidence): string {
  return CONFIDENCE_RULES.find((r) => r.level === level)?.label ?? "";
}

const countWords = ["", "одной", "двум", "трём", "четырём", "пяти"];

/** "по официальной странице и двум статьям": who states a schedule or a time, articles counted by publication. */
export function byWhom(ids: string[], sources: SourceIndex): string {
  const known = ids.flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
  const parts: string[] = [];
  if (known.some((s) => s.kind === "official")) parts.push("официальной странице");
  const texts = known.filter((s) => s.kind === "article");
  const publications = new Set(texts.map((s) => s.publication)).size;
  if (texts.length === 1) parts.push("одной статье");
  else if (publications === 1) parts.push("статьям одного сборника");
  else if (publications > 1) parts.push(`${countWords[publications] ?? publications} публикациям`);
  if (known.some((s) => s.kind === "advertiser")) parts.push("словам рекламодателя");
  return parts.length > 0 ? `по ${parts.join(" и ")}` : "";
}

/** Said after a response time's range when more than one source gives a first-reply time. */
export const SEVERAL_SOURCES = "по разным источникам";

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

/** One side of a disagreement: what its sources did, and their claims. */
export interface Side {
  label: string;
  claims: Claim[];
}

const SIDES: ReadonlyArray<{ label: string; stances: ReadonlySet<Stance> }> = [
  { label: "Приводят как действующий", stances: new Set(["says-works", "lists"]) },
  { label: "Пишут, что не работает", stances: new Set(["says-not-working"]) },
  { label: "Дают на его месте другой контакт", stances: new Set(["lists-other"]) },
  { label: "Не называют этот канал", stances: new Set(["not-mentioned"]) },
];

/** The claims grouped by what their sources did, for the disagreement in full; empty sides are left out. */
export function sidesOf(claims: Claim[]): Side[] {
  return SIDES.map((s) => ({ label: s.label, claims: claims.filter((c) => s.stances.has(c.stance)) })).filter(
    (s) => s.claims.length > 0,
  );
}

const SUPPORT: Readonly<Record<Evidence["status"], ReadonlySet<Stance>>> = {
  active: new Set(["says-works", "lists"]),
  disputed: new Set(["says-works", "lists", "says-not-working", "lists-other"]),
  discontinued: new Set(["says-not-working", "lists-other"]),
  "third-party": new Set(["says-works", "says-not-working", "lists", "lists-other"]),
};

/** A numbered source, the same number on every page: its place on /sources. */
export interface NumberedSource {
  id: string;
  number: number;
  title: string;
}

/** Sources are numbered by their order in sources.json, which is also the order of /sources. */
export function numberSources(sources: Source[]): ReadonlyMap<string, NumberedSource> {
  return new Map(sources.map((s, i) => [s.id, { id: s.id, number: i + 1, title: s.title }]));
}

/** What the compact confidence mark shows: the level and the numbered sources that take a side. */
export interface ConfidenceMark {
  level: Confidence;
  label: string;
  sources: NumberedSource[];
}

export function confidenceMark(
  evidence: Evidence,
  claims: Claim[],
  numbered: ReadonlyMap<string, NumberedSource>,
): ConfidenceMark {
  const stances = SUPPORT[evidence.status];
  const ids = new Set(claims.filter((c) => stances.has(c.stance)).map((c) => c.source));
  const sources = [...ids]
    .flatMap((id) => {
      const n = numbered.get(id);
      return n ? [n] : [];
    })
    .sort((a, b) => a.number - b.number);
  return { level: evidence.confidence, label: confidenceLabel(evidence.confidence), sources };
}

/**
 * What a call costs and on what basis: a free 8 800 call and a city number's tariff rest on how Russian
 * numbering works, not on a source, and the text names that as the reason («как любой номер 8 800»);
 * otherwise the stored cost is what the sources give.
 */
export function costText(channel: Pick<Channel, "cost" | "value">): string {
  const value = channel.value ?? "";
  if (value.startsWith("+7800")) return "Бесплатно с российских телефонов, как любой номер 8 800";
  if (channel.cost === "regular-rate" && value.startsWith("+7"))
    return `${costLabel["regular-rate"]}, как любой городской номер`;
  return costLabel[channel.cost];
}
