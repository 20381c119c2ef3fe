import type { Audience, Channel, ChannelStatus, Directory, Organisation, Topic } from "@/lib/dataset/schema";
import { displayValue, kindLabels } from "@/lib/text/channel";
import { sourceIndex, type SourceIndex } from "@/lib/trust/evidence";
import { byWhom } from "@/lib/trust/attribution";
import { shiftsOf } from "@/lib/hours/open-state";
import { statusOrder } from "@/lib/trust/status";
import { notOzonText } from "@/lib/trust/ownership";
import { comparisonPath, comparisonTitle, QUESTIONS } from "@/lib/comparison/questions";
import { listRu } from "@/lib/text/russian";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { audienceIn, channelIn, organisationIn, topicIn } from "@/lib/i18n/localize";
import { englishPages } from "@/lib/i18n/english-pages";
import { hasCyrillic, normalize } from "./normalize";
import type { ChannelView, DocLink, SearchDoc } from "./types";

/** How far search trusts a channel of each status when words fit several equally well. */
const STATUS_TRUST: Record<ChannelStatus, number> = { active: 1, disputed: 0.8, discontinued: 0.4, "third-party": 0.3 };

/** A channel's title and address in the page's language: each channel an English page links to has one in English. */
function link(c: Channel, locale: Locale): DocLink {
  return { id: c.id, title: channelIn(locale, c).title, href: localePath(locale, `/channels/${c.id}`) };
}

function view(raw: Channel, sources: SourceIndex, locale: Locale): ChannelView {
  const c = channelIn(locale, raw);
  return {
    ...link(raw, locale),
    value: displayValue(c),
    location: c.location,
    status: c.status,
    // «Open now» is for Ozon's working channels, as on their cards: a disputed line's claimed hours say nothing
    // about whether anyone answers, and another company's hours stay on its page.
    hours: c.hours && c.status === "active" ? shiftsOf(c.hours, (ids) => byWhom(ids, sources, locale)) : undefined,
  };
}

/** The first channel worth recommending: not one that stopped working or belongs to someone else. */
function answerOf(channels: readonly (Channel | undefined)[], ctx: Context): ChannelView | undefined {
  const best = channels.find((c) => c?.status === "active" || c?.status === "disputed");
  return best ? view(best, ctx.sources, ctx.locale) : undefined;
}

type Context = {
  locale: Locale;
  channels: Map<string, Channel>;
  /** The weight of each audience the pages in `locale` serve: English pages serve only some. */
  weight: Map<string, number>;
  audiences: Map<string, Audience>;
  organisations: Map<string, Organisation>;
  sources: SourceIndex;
};

/**
 * A channel has no English phrases of its own; its phrases in Latin letters (names, addresses, «whatsapp»)
 * read the same on an English page, the Russian ones would only match Russian queries.
 */
const channelPhrases = (locale: Locale, phrases: string[]): string[] =>
  locale === "ru" ? phrases : phrases.filter((p) => !hasCyrillic(p));

/** What people type for a topic or an audience, in the page's language. */
const phrasesOf = (locale: Locale, r: { phrases: string[]; en?: { phrases: string[] } }): string[] =>
  locale === "ru" ? r.phrases : (r.en?.phrases ?? []);

function channelDoc(raw: Channel, ctx: Context): SearchDoc {
  const c = channelIn(ctx.locale, raw);
  const replacement = c.replacedBy === undefined ? undefined : ctx.channels.get(c.replacedBy);
  // A channel for none of the audiences an English page serves is the least likely meant there.
  const weight = Math.max(0, ...c.audiences.map((a) => ctx.weight.get(a) ?? 0));
  const owner = ctx.organisations.get(c.organisation);
  const other = owner && !owner.isOzon ? organisationIn(ctx.locale, owner) : undefined;
  return {
    kind: "channel",
    id: c.id,
    title: c.title,
    href: localePath(ctx.locale, `/channels/${c.id}`),
    detail: kindLabels[ctx.locale][c.kind],
    channel: view(raw, ctx.sources, ctx.locale),
    channelKind: c.kind,
    notOzon: other ? `${notOzonText(other, c.kind, ctx.locale)}.` : undefined,
    brand: other ? brandOf(other) : undefined,
    replacement: replacement ? link(replacement, ctx.locale) : undefined,
    phones: c.kind === "phone" && c.value !== undefined ? [c.value] : [],
    emails: c.kind === "email" && c.value !== undefined ? [c.value.toLowerCase()] : [],
    phrases: channelPhrases(ctx.locale, c.phrases),
    // A URL's scheme would make "https" and "www" words of every website.
    value: normalize((c.value ?? "").replace(/^https?:\/\/(www\.)?/, "")),
    text: normalize([c.summary, ...c.handles].join(" ")),
    prior: weight * STATUS_TRUST[c.status],
    audiences: c.audiences,
  };
}

function topicDoc(raw: Topic, ctx: Context): SearchDoc {
  const t = topicIn(ctx.locale, raw);
  const audience = ctx.audiences.get(t.audience);
  return {
    kind: "topic",
    id: t.id,
    title: t.title,
    href: localePath(ctx.locale, `/help/${t.audience}/${t.id}`),
    detail: audience ? audienceIn(ctx.locale, audience).title : "",
    answer: answerOf(
      t.channels.map((tc) => ctx.channels.get(tc.channel)),
      ctx,
    ),
    phones: [],
    emails: [],
    phrases: phrasesOf(ctx.locale, t),
    value: "",
    text: normalize(t.description),
    prior: ctx.weight.get(t.audience) ?? 0,
    audiences: [t.audience],
    ...(t.problem === undefined ? {} : { problem: t.problem }),
  };
}

function audienceDoc(raw: Audience, all: readonly Channel[], ctx: Context): SearchDoc {
  const a = audienceIn(ctx.locale, raw);
  const channels = all
    .filter((c) => c.audiences.includes(a.id))
    .sort((x, y) => statusOrder[x.status] - statusOrder[y.status] || x.rank - y.rank || x.id.localeCompare(y.id));
  return {
    kind: "audience",
    id: a.id,
    title: a.title,
    href: localePath(ctx.locale, `/${a.id}`),
    detail: a.label,
    answer: answerOf(channels, ctx),
    phones: [],
    emails: [],
    phrases: phrasesOf(ctx.locale, a),
    value: "",
    text: normalize(`${a.label} ${a.description}`),
    prior: a.weight,
    audiences: [a.id],
    // Both audiences of the English pages are sellers, and most who read them are abroad: a seller saying
    // where they sell from still asks the sellers' questions, so there the words of the query decide alone.
    signals: ctx.locale === "ru" ? a.signals : undefined,
    noPhone: a.noPhone === undefined ? undefined : true,
    within: ctx.locale === "ru" ? a.within : undefined,
    notAsking: ctx.locale === "ru" ? a.notAsking : undefined,
  };
}

/** The words that name a company, for telling a query about it from one about Ozon. */
function brandOf(o: Organisation): string[] {
  return [normalize(o.name), ...o.phrases];
}

/**
 * The comparison page, and each other marketplace in it: «вб» or «алиэкспресс» finds that marketplace's
 * place in the comparison, with its first contact inline.
 */
function comparisonDocs(directory: Directory, ctx: Context): SearchDoc[] {
  const comparison = directory.marketplaceComparison;
  const path = comparisonPath(comparison.audience);
  const prior = ctx.weight.get(comparison.audience) ?? 0;
  const companies = comparison.marketplaces.flatMap((m) => ctx.organisations.get(m.organisation) ?? []);
  const detail = listRu(companies.map((o) => o.name));
  const page: SearchDoc = {
    kind: "comparison",
    id: "marketplace-comparison",
    title: comparisonTitle(companies),
    href: path,
    detail,
    phones: [],
    emails: [],
    phrases: comparison.phrases,
    value: "",
    text: normalize(QUESTIONS.map((q) => q.label).join(" ")),
    prior,
    audiences: [comparison.audience],
  };
  const marketplaces = companies
    .filter((o) => !o.isOzon)
    .map((o): SearchDoc => {
      const first = directory.channels.find(
        (c) => c.organisation === o.id && c.audiences.includes(comparison.audience),
      );
      return {
        kind: "comparison",
        id: `marketplace-${o.id}`,
        title: `${o.name}: поддержка продавцов`,
        href: `${path}#${o.id}`,
        detail,
        answer: first ? view(first, ctx.sources, ctx.locale) : undefined,
        notOzon: `${o.name} — другая площадка, не Ozon.`,
        brand: brandOf(o),
        phones: [],
        emails: [],
        phrases: o.phrases,
        value: "",
        text: "",
        prior,
        audiences: [comparison.audience],
      };
    });
  return [page, ...marketplaces];
}

/** The number check: found by the scam phrases in the data, and offered for numbers and addresses we do not know. */
const CHECK_HREF = "/check";

function checkDoc({ phrases, asking }: { phrases: string[]; asking: string[] }): SearchDoc {
  return {
    kind: "check",
    id: "check",
    title: "Проверить, принадлежит ли номер или адрес Ozon",
    href: CHECK_HREF,
    detail: "Проверка номера",
    phones: [],
    emails: [],
    phrases,
    value: "",
    text: normalize("Звонят или пишут от имени Ozon? Сверьте номер или адрес с нашим справочником"),
    prior: 1,
    // Anyone can be called by a fraudster: the number check belongs to no audience and is never held back.
    audiences: [],
    asking: asking.map(normalize),
  };
}

/**
 * Every channel, topic and audience, the comparison of marketplaces and the number check, as flat search
 * documents. In English, only the records with English pages, in their English texts: the comparison and
 * the number check have no English pages.
 */
export function buildSearchDocs(directory: Directory, locale: Locale = "ru"): SearchDoc[] {
  const english = locale === "en" ? englishPages(directory) : undefined;
  const audiences = directory.audiences.filter((a) => !english || english.audiences.has(a.id));
  const ctx: Context = {
    locale,
    channels: new Map(directory.channels.map((c) => [c.id, c])),
    weight: new Map(audiences.map((a) => [a.id, a.weight])),
    audiences: new Map(directory.audiences.map((a) => [a.id, a])),
    organisations: new Map(directory.organisations.map((o) => [o.id, o])),
    sources: sourceIndex(directory.sources),
  };
  return [
    ...directory.topics.filter((t) => !english || english.topics.has(t.id)).map((t) => topicDoc(t, ctx)),
    ...directory.channels.filter((c) => !english || english.channels.has(c.id)).map((c) => channelDoc(c, ctx)),
    ...audiences.map((a) => audienceDoc(a, directory.channels, ctx)),
    ...(english ? [] : [...comparisonDocs(directory, ctx), checkDoc(directory.guidance.numberCheck)]),
  ];
}
