import type { Channel, ChannelStatus, Claim, Confidence, Organisation, Source, Stance } from "../dataset/schema";

/**
 * The one home of the rules that turn what sources say into a channel's status and how sure we are.
 * The validator holds stored statuses to these rules, and /sources prints the same rule texts: each rule
 * carries its English wording beside the Russian, so whoever changes a rule sees both.
 */

type SourceFacts = Pick<Source, "kind" | "publication" | "publishedAt">;
export type SourceIndex = ReadonlyMap<string, SourceFacts>;

/** Who stands behind one kind of statement. Articles are counted by publication, not by text. */
export interface Witnesses {
  official: boolean;
  advertiser: boolean;
  articlePublications: ReadonlySet<string>;
}

interface Tally {
  ozon: boolean;
  /** Says it works, or lists it as a current contact. */
  works: Witnesses;
  notWorking: Witnesses;
  /** Lists another contact in its place. */
  other: Witnesses;
  /** Says anything about it at all: whose a contact is does not depend on whether it works. */
  named: Witnesses;
}

const WORKS: ReadonlySet<Stance> = new Set(["says-works", "lists"]);
const NAMED: ReadonlySet<Stance> = new Set(["says-works", "says-not-working", "lists", "lists-other"]);

function witnesses(claims: Claim[], sources: SourceIndex, stances: ReadonlySet<Stance>): Witnesses {
  const articlePublications = new Set<string>();
  let official = false;
  let advertiser = false;
  for (const claim of claims) {
    const source = sources.get(claim.source);
    if (!source || !stances.has(claim.stance)) continue;
    if (source.kind === "official") official = true;
    else if (source.kind === "advertiser") advertiser = true;
    else articlePublications.add(source.publication);
  }
  return { official, advertiser, articlePublications };
}

function tally(claims: Claim[], sources: SourceIndex, owner: Pick<Organisation, "isOzon">): Tally {
  return {
    ozon: owner.isOzon,
    works: witnesses(claims, sources, WORKS),
    notWorking: witnesses(claims, sources, new Set(["says-not-working"])),
    other: witnesses(claims, sources, new Set(["lists-other"])),
    named: witnesses(claims, sources, NAMED),
  };
}

/** An official page or an article vouches; an advertiser's word alone never decides anything. */
function vouched(w: Witnesses): boolean {
  return w.official || w.articlePublications.size > 0;
}

function conflicting(t: Tally): boolean {
  return vouched(t.works) && (vouched(t.notWorking) || (vouched(t.other) && !t.works.official));
}

export interface StatusRule {
  id: string;
  status: ChannelStatus;
  text: string;
  en: { text: string };
  applies: (t: Tally) => boolean;
}

/** Checked in order; the first that applies gives the status. */
export const STATUS_RULES: readonly StatusRule[] = [
  {
    id: "not-ozon",
    status: "third-party",
    text: "Если контакт принадлежит не Ozon, он помечается как чужой, что бы ни писали о его работе.",
    en: {
      text: "If a contact does not belong to Ozon, it is marked as not Ozon's, whatever is said about whether it works.",
    },
    applies: (t) => !t.ozon,
  },
  {
    id: "conflict",
    status: "disputed",
    text:
      "Если одна публикация пишет, что канал работает, или приводит его как действующий, а другая — что он не " +
      "работает или даёт на его месте другой контакт, канал под вопросом. Исключение: если официальная страница " +
      "сама приводит канал, другой контакт на его месте в статье спором не считается.",
    en: {
      text:
        "If one publication says the channel works or lists it as a working contact, and another says it does not " +
        "work or gives another contact in its place, the channel is in doubt. Exception: if the official page " +
        "itself lists the channel, an article giving another contact in its place does not count as a dispute.",
    },
    applies: conflicting,
  },
  {
    id: "stopped",
    status: "discontinued",
    text: "Если официальная страница или статья прямо пишет, что канал не работает, и никто не приводит его как действующий, канал не работает.",
    en: {
      text: "If the official page or an article says plainly that the channel does not work, and nobody lists it as working, the channel does not work.",
    },
    applies: (t) => vouched(t.notWorking) && !vouched(t.works),
  },
  {
    id: "works",
    status: "active",
    text: "Если официальная страница или хотя бы одна статья пишет, что канал работает, или приводит его как действующий контакт, и никто не возражает, канал работает.",
    en: {
      text: "If the official page or at least one article says the channel works, or lists it as a working contact, and nobody objects, the channel works.",
    },
    applies: (t) => vouched(t.works),
  },
  {
    id: "unconfirmed",
    status: "disputed",
    text: "Во всех остальных случаях канал под вопросом: например, его называет только рекламодатель. То, что источник канал не упоминает, ничего не доказывает — ни что он работает, ни что нет.",
    en: {
      text: "In all other cases the channel is in doubt: for example, when only an advertiser names it. A source not mentioning a channel proves nothing, neither that it works nor that it does not.",
    },
    applies: () => true,
  },
];

export interface ConfidenceRule {
  level: Confidence;
  label: string;
  text: string;
  en: { label: string; text: string };
  applies: (t: Tally, support: Witnesses) => boolean;
}

/** Checked in order against the witnesses of the derived status. */
export const CONFIDENCE_RULES: readonly ConfidenceRule[] = [
  {
    level: "conflict",
    label: "Источники расходятся",
    text: "Одни источники за, другие против — по правилу спора выше.",
    en: {
      label: "Sources disagree",
      text: "Some sources are for, others against, as the dispute rule above defines.",
    },
    applies: conflicting,
  },
  {
    level: "official",
    label: "Подтверждено официальной страницей",
    text: "Статус подтверждает официальная страница Ozon.",
    en: {
      label: "Confirmed by the official page",
      text: "Ozon's official page confirms the status.",
    },
    applies: (_t, s) => s.official,
  },
  {
    level: "several",
    label: "Сходятся несколько публикаций",
    text:
      "Статус подтверждают не меньше двух независимых публикаций. Тексты, собранные на одной странице, считаются " +
      "одной публикацией: они могли переписать друг друга.",
    en: {
      label: "Several publications agree",
      text:
        "At least two independent publications confirm the status. Texts collected on one page count as one " +
        "publication: they may have copied each other.",
    },
    applies: (_t, s) => s.articlePublications.size >= 2,
  },
  {
    level: "single",
    label: "Одна публикация",
    text: "Статус держится на одной публикации (несколько текстов с одной страницы — тоже одна), и спора нет.",
    en: {
      label: "One publication",
      text: "The status rests on one publication (several texts from one page also count as one), and there is no dispute.",
    },
    applies: (_t, s) => s.articlePublications.size === 1,
  },
  {
    level: "advertiser",
    label: "Только слова рекламодателя",
    text: "О канале пишет только рекламный материал — этого мало, чтобы считать канал рабочим.",
    en: {
      label: "Only the advertiser's word",
      text: "Only promotional material mentions the channel: that is not enough to consider it working.",
    },
    applies: (_t, s) => s.advertiser,
  },
  {
    level: "none",
    label: "Не подтверждено",
    text: "Ни один источник не подтверждает статус.",
    en: {
      label: "Not confirmed",
      text: "No source confirms the status.",
    },
    applies: () => true,
  },
];

export interface Evidence {
  status: ChannelStatus;
  rule: string;
  confidence: Confidence;
  tally: Tally;
}

function supportOf(t: Tally, status: ChannelStatus): Witnesses {
  if (status === "third-party") return t.named;
  return status === "discontinued" ? t.notWorking : t.works;
}

/** A channel's status and confidence as the rules derive them from its claims and whose it is. */
export function deriveEvidence(
  channel: Pick<Channel, "claims">,
  sources: SourceIndex,
  owner: Pick<Organisation, "isOzon">,
): Evidence {
  const t = tally(channel.claims, sources, owner);
  const rule = STATUS_RULES.find((r) => r.applies(t)) ?? STATUS_RULES[STATUS_RULES.length - 1];
  const status = rule?.status ?? "disputed";
  const support = supportOf(t, status);
  const confidence = CONFIDENCE_RULES.find((r) => r.applies(t, support))?.level ?? "none";
  return { status, rule: rule?.id ?? "unconfirmed", confidence, tally: t };
}

/**
 * Whether a stored status says no more than the derived one: equal, or "disputed" where the rules would
 * allow a firmer answer (an editor may be more careful than the rules, never less).
 */
export function statusAllowed(stored: ChannelStatus, derived: ChannelStatus): boolean {
  return stored === derived || (stored === "disputed" && derived !== "third-party");
}

export function sourceIndex(sources: Source[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, { kind: s.kind, publication: s.publication, publishedAt: s.publishedAt }]));
}
