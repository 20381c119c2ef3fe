import type { Audience, Channel, ChannelStatus, Directory, Organisation, Topic } from "@/lib/dataset/schema";
import { displayValue, kindLabel } from "@/lib/text/channel";
import { sourceIndex, type SourceIndex } from "@/lib/trust/evidence";
import { byWhom } from "@/lib/trust/attribution";
import { shiftsOf } from "@/lib/hours/open-state";
import { statusOrder } from "@/lib/trust/status";
import { notOzonText } from "@/lib/trust/ownership";
import { comparisonPath, comparisonTitle, QUESTIONS } from "@/lib/comparison/questions";
import { listRu } from "@/lib/text/russian";
import { normalize } from "./normalize";
import type { ChannelView, DocLink, SearchDoc } from "./types";

/** How far search trusts a channel of each status when words fit several equally well. */
const STATUS_TRUST: Record<ChannelStatus, number> = { active: 1, disputed: 0.8, discontinued: 0.4, "third-party": 0.3 };

const link = (c: Channel): DocLink => ({ id: c.id, title: c.title, href: `/channels/${c.id}` });

function view(c: Channel, sources: SourceIndex): ChannelView {
  return {
    ...link(c),
    value: displayValue(c),
    location: c.location,
    status: c.status,
    // «Open now» is for Ozon's working channels, as on their cards: a disputed line's claimed hours say nothing
    // about whether anyone answers, and another company's hours stay on its page.
    hours: c.hours && c.status === "active" ? shiftsOf(c.hours, (ids) => byWhom(ids, sources)) : undefined,
  };
}

/** The first channel worth recommending: not one that stopped working or belongs to someone else. */
function answerOf(channels: readonly (Channel | undefined)[], sources: SourceIndex): ChannelView | undefined {
  const best = channels.find((c) => c?.status === "active" || c?.status === "disputed");
  return best ? view(best, sources) : undefined;
}

type Context = {
  channels: Map<string, Channel>;
  weight: Map<string, number>;
  audiences: Map<string, Audience>;
  organisations: Map<string, Organisation>;
  sources: SourceIndex;
};

function channelDoc(c: Channel, ctx: Context): SearchDoc {
  const replacement = c.replacedBy === undefined ? undefined : ctx.channels.get(c.replacedBy);
  const weight = Math.max(...c.audiences.map((a) => ctx.weight.get(a) ?? 0));
  const owner = ctx.organisations.get(c.organisation);
  const other = owner && !owner.isOzon ? owner : undefined;
  return {
    kind: "channel",
    id: c.id,
    title: c.title,
    href: `/channels/${c.id}`,
    detail: kindLabel[c.kind],
    channel: view(c, ctx.sources),
    notOzon: other ? `${notOzonText(other, c.kind)}.` : undefined,
    brand: other ? brandOf(other) : undefined,
    replacement: replacement ? link(replacement) : undefined,
    phones: c.kind === "phone" && c.value !== undefined ? [c.value] : [],
    emails: c.kind === "email" && c.value !== undefined ? [c.value.toLowerCase()] : [],
    phrases: c.phrases,
    // A URL's scheme would make "https" and "www" words of every website.
    value: normalize((c.value ?? "").replace(/^https?:\/\/(www\.)?/, "")),
    text: normalize([c.summary, ...c.handles].join(" ")),
    prior: weight * STATUS_TRUST[c.status],
    audiences: c.audiences,
  };
}

function topicDoc(t: Topic, ctx: Context): SearchDoc {
  return {
    kind: "topic",
    id: t.id,
    title: t.title,
    href: `/help/${t.audience}/${t.id}`,
    detail: ctx.audiences.get(t.audience)?.title ?? "",
    answer: answerOf(
      t.channels.map((tc) => ctx.channels.get(tc.channel)),
      ctx.sources,
    ),
    phones: [],
    emails: [],
    phrases: t.phrases,
    value: "",
    text: normalize(t.description),
    prior: ctx.weight.get(t.audience) ?? 0,
    audiences: [t.audience],
  };
}

function audienceDoc(a: Audience, all: readonly Channel[], sources: SourceIndex): SearchDoc {
  const channels = all
    .filter((c) => c.audiences.includes(a.id))
    .sort((x, y) => statusOrder[x.status] - statusOrder[y.status] || x.rank - y.rank || x.id.localeCompare(y.id));
  return {
    kind: "audience",
    id: a.id,
    title: a.title,
    href: `/${a.id}`,
    detail: a.label,
    answer: answerOf(channels, sources),
    phones: [],
    emails: [],
    phrases: a.phrases,
    value: "",
    text: normalize(`${a.label} ${a.description}`),
    prior: a.weight,
    audiences: [a.id],
    signals: a.signals,
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
        answer: first ? view(first, ctx.sources) : undefined,
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

function checkDoc(phrases: string[]): SearchDoc {
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
  };
}

/** Every channel, topic and audience, the comparison of marketplaces and the number check, as flat search documents. */
export function buildSearchDocs(directory: Directory): SearchDoc[] {
  const ctx: Context = {
    channels: new Map(directory.channels.map((c) => [c.id, c])),
    weight: new Map(directory.audiences.map((a) => [a.id, a.weight])),
    audiences: new Map(directory.audiences.map((a) => [a.id, a])),
    organisations: new Map(directory.organisations.map((o) => [o.id, o])),
    sources: sourceIndex(directory.sources),
  };
  return [
    ...directory.topics.map((t) => topicDoc(t, ctx)),
    ...directory.channels.map((c) => channelDoc(c, ctx)),
    ...directory.audiences.map((a) => audienceDoc(a, directory.channels, ctx.sources)),
    ...comparisonDocs(directory, ctx),
    checkDoc(directory.guidance.numberCheck.phrases),
  ];
}
