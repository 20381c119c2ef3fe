import { listEn, plural, pluralEn } from "../text/russian";
import { CONFIDENCE_RULES, type Evidence, type SourceIndex, type Witnesses } from "./evidence";
import type { Channel, Claim, Confidence, Source, Stance } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { costLabels } from "../text/channel";

/**
 * The one module that words who supports a statement: «по одной статье», «2 публикации пишут…»,
 * the confidence label and the numbered sources beside it, in Russian and in English. Every such phrase on
 * the site is made here from the claims or source ids behind the statement; the validator rejects the same
 * phrases typed into the Russian data (lib/trust/wording.ts), so a sentence can never claim more support
 * than its sources give.
 */

export const sourceKindLabel: Readonly<Record<Source["kind"], string>> = {
  official: "Официальная страница",
  article: "Статья",
  advertiser: "Текст рекламодателя",
};

export const sourceKindLabels: Readonly<Record<Locale, Readonly<Record<Source["kind"], string>>>> = {
  ru: sourceKindLabel,
  en: {
    official: "Official page",
    article: "Article",
    advertiser: "Advertiser's text",
  },
};

export const stanceLabel: Readonly<Record<Stance, string>> = {
  "says-works": "пишет, что работает",
  "says-not-working": "пишет, что не работает",
  lists: "приводит как действующий контакт",
  "lists-other": "даёт на этом месте другой контакт",
  "not-mentioned": "этот канал не называет",
};

export const stanceLabels: Readonly<Record<Locale, Readonly<Record<Stance, string>>>> = {
  ru: stanceLabel,
  en: {
    "says-works": "says it works",
    "says-not-working": "says it does not work",
    lists: "lists it as a working contact",
    "lists-other": "gives another contact in its place",
    "not-mentioned": "does not name this channel",
  },
};

export function confidenceLabel(level: Confidence, locale: Locale = "ru"): string {
  const rule = CONFIDENCE_RULES.find((r) => r.level === level);
  if (!rule) return "";
  return locale === "en" ? rule.en.label : rule.label;
}

interface ByWhomWords {
  official: string;
  oneArticle: string;
  oneCollection: string;
  publications: (n: number) => string;
  advertiser: string;
  say: (parts: string[]) => string;
}

const countWords = ["", "одной", "двум", "трём", "четырём", "пяти"];
const countWordsEn = ["", "one", "two", "three", "four", "five"];

const BY_WHOM: Readonly<Record<Locale, ByWhomWords>> = {
  ru: {
    official: "официальной странице",
    oneArticle: "одной статье",
    oneCollection: "статьям одного сборника",
    publications: (n) => `${countWords[n] ?? n} публикациям`,
    advertiser: "словам рекламодателя",
    say: (parts) => `по ${parts.join(" и ")}`,
  },
  en: {
    official: "the official page",
    oneArticle: "one article",
    oneCollection: "articles in one collection",
    publications: (n) => `${countWordsEn[n] ?? n} publications`,
    advertiser: "the advertiser",
    say: (parts) => `according to ${listEn(parts)}`,
  },
};

/**
 * "по официальной странице и двум публикациям", "according to the official page and two publications": who
 * states a schedule or a time, articles counted by publication.
 */
export function byWhom(ids: string[], sources: SourceIndex, locale: Locale = "ru"): string {
  const words = BY_WHOM[locale];
  const known = ids.flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
  const parts: string[] = [];
  if (known.some((s) => s.kind === "official")) parts.push(words.official);
  const texts = known.filter((s) => s.kind === "article");
  const publications = new Set(texts.map((s) => s.publication)).size;
  if (texts.length === 1) parts.push(words.oneArticle);
  else if (publications === 1) parts.push(words.oneCollection);
  else if (publications > 1) parts.push(words.publications(publications));
  if (known.some((s) => s.kind === "advertiser")) parts.push(words.advertiser);
  return parts.length > 0 ? words.say(parts) : "";
}

/** Said after a response time's range when more than one source gives a first-reply time. */
export const SEVERAL_SOURCES = "по разным источникам";

export const SEVERAL_SOURCES_IN: Readonly<Record<Locale, string>> = {
  ru: SEVERAL_SOURCES,
  en: "according to different sources",
};

/** A word's forms by count: three in Russian (публикация, публикации, публикаций), two in English. */
interface Forms {
  ru: readonly [string, string, string];
  en: readonly [string, string];
}

function counted(n: number, forms: Forms, locale: Locale): string {
  return locale === "en" ? pluralEn(n, forms.en) : plural(n, forms.ru);
}

const publicationForms: Forms = {
  ru: ["публикация", "публикации", "публикаций"],
  en: ["publication", "publications"],
};

const SPLIT: ReadonlyArray<{ side: "works" | "notWorking" | "other"; verb: Forms }> = [
  {
    side: "works",
    verb: {
      ru: ["приводит его как действующий", "приводят его как действующий", "приводят его как действующий"],
      en: ["lists it as working", "list it as working"],
    },
  },
  {
    side: "notWorking",
    verb: {
      ru: ["пишет, что он не работает", "пишут, что он не работает", "пишут, что он не работает"],
      en: ["says it does not work", "say it does not work"],
    },
  },
  {
    side: "other",
    verb: {
      ru: ["даёт на его месте другой контакт", "дают на его месте другой контакт", "дают на его месте другой контакт"],
      en: ["gives another contact in its place", "give another contact in its place"],
    },
  },
];

/** Publications behind one kind of statement; an official page counts as one, an advertiser not at all. */
function count(w: Witnesses): number {
  return w.articlePublications.size + (w.official ? 1 : 0);
}

/**
 * A one-line summary of how the sources split, or null when they do not conflict. Counted by publication,
 * so texts bundled on one page are one voice; a source that gives another contact in this one's place is
 * counted as that, not as saying it does not work.
 */
export function disagreementSummary(evidence: Evidence, locale: Locale = "ru"): string | null {
  if (evidence.confidence !== "conflict") return null;
  const text = SPLIT.flatMap(({ side, verb }) => {
    const n = count(evidence.tally[side]);
    return n > 0 ? [`${n} ${counted(n, publicationForms, locale)} ${counted(n, verb, locale)}`] : [];
  }).join(", ");
  return locale === "en" ? `Sources disagree: ${text}.` : `Источники расходятся: ${text}.`;
}

/** One side of a disagreement: what its sources did, and their claims. */
export interface Side {
  label: string;
  claims: Claim[];
}

const SIDES: ReadonlyArray<{ label: Readonly<Record<Locale, string>>; stances: ReadonlySet<Stance> }> = [
  { label: { ru: "Приводят как действующий", en: "List it as working" }, stances: new Set(["says-works", "lists"]) },
  { label: { ru: "Пишут, что не работает", en: "Say it does not work" }, stances: new Set(["says-not-working"]) },
  {
    label: { ru: "Дают на его месте другой контакт", en: "Give another contact in its place" },
    stances: new Set(["lists-other"]),
  },
  { label: { ru: "Не называют этот канал", en: "Do not name this channel" }, stances: new Set(["not-mentioned"]) },
];

/** The claims grouped by what their sources did, for the disagreement in full; empty sides are left out. */
export function sidesOf(claims: Claim[], locale: Locale = "ru"): Side[] {
  return SIDES.map((s) => ({
    label: s.label[locale],
    claims: claims.filter((c) => s.stances.has(c.stance)),
  })).filter((s) => s.claims.length > 0);
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
  locale: Locale = "ru",
): ConfidenceMark {
  const stances = SUPPORT[evidence.status];
  const ids = new Set(claims.filter((c) => stances.has(c.stance)).map((c) => c.source));
  const sources = [...ids]
    .flatMap((id) => {
      const n = numbered.get(id);
      return n ? [n] : [];
    })
    .sort((a, b) => a.number - b.number);
  return { level: evidence.confidence, label: confidenceLabel(evidence.confidence, locale), sources };
}

const COST_WORDS: Readonly<Record<Locale, { freeCall: string; likeLandline: string }>> = {
  ru: {
    freeCall: "Бесплатно с российских телефонов, как любой номер 8 800",
    likeLandline: "как любой городской номер",
  },
  en: { freeCall: "Free from Russian phones, like any 8 800 number", likeLandline: "like any landline number" },
};

/**
 * What a call costs and on what basis: a free 8 800 call and a city number's tariff rest on how Russian
 * numbering works, not on a source, and the text names that as the reason («как любой номер 8 800»);
 * otherwise the stored cost is what the sources give.
 */
export function costText(channel: Pick<Channel, "cost" | "value">, locale: Locale = "ru"): string {
  const value = channel.value ?? "";
  const words = COST_WORDS[locale];
  const labels = costLabels[locale];
  if (value.startsWith("+7800")) return words.freeCall;
  if (channel.cost === "regular-rate" && value.startsWith("+7"))
    return `${labels["regular-rate"]}, ${words.likeLandline}`;
  return labels[channel.cost];
}
