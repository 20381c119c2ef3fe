import { textKey } from "../text/russian";
import type { Channel, ChannelKind, Directory, ResponseTime, SellerCategoryId, Topic } from "../dataset/schema";
import { actionHref, formatResponseTime, kindLabels } from "../text/channel";
import { sellerCategory, type SellerCategory } from "../dataset/seller-form";
import { slowestReplyTime } from "../replies/range";
import { channelIn, guidanceIn, sellerCategoryIn, topicIn } from "../i18n/localize";
import type { Locale } from "../i18n/locale";
import type { EvidenceId } from "./attachments";
import type { ComposeAsk } from "./asks";
import { buyerEvidenceFor, sellerEvidenceFor } from "./suited-attachments";
import type { ResponseSpan } from "./deadline";

/**
 * What the composer page hands to the client: buyer and seller topics with the
 * channels a request can actually be sent through. Built on the server from the
 * dataset; plain data only, so it serialises as props. A catalog in another language
 * shows its titles in that language and keeps the Russian ones (`russian`) for the
 * request, which is always written in Russian.
 */

export type ComposeAudience = "buyers" | "sellers";

export interface ComposeResponse {
  span: ResponseSpan;
  /** "1–3 рабочих дня". */
  text: string;
  context?: string;
}

export interface ComposeChannel {
  id: string;
  title: string;
  kind: ChannelKind;
  /** "Чат", "Почта": the kind in Russian. */
  kindLabel: string;
  status: "active" | "disputed";
  /** Email, URL or phone, as in the dataset. */
  value?: string;
  /** tel:, mailto: or https: link that opens the channel. */
  href?: string;
  /** Where to find the channel when there is no link. */
  location?: string;
  /** The title of the category to pick in the channel's form, e.g. "Финансы". */
  category?: string;
  /** In a catalog in another language: the category's Russian title, as the request and Ozon's form name it. */
  russian?: { category?: string };
  /** The channel's page in the catalog's language, for a form that says where to send its Russian text. */
  page?: { href: string; hrefLang?: "ru" };
  response?: ComposeResponse;
}

export interface ComposeTopic {
  id: string;
  title: string;
  audience: ComposeAudience;
  /** The title of the seller form's category for the topic; printed in the request's "Тема:". */
  category?: string;
  /** The order number is mandatory: see topicRequiresOrder. */
  requiresOrder: boolean;
  /** The topic's checklist mentions an order number at all: worth a hint when it's missing. */
  suggestsOrder: boolean;
  /** Evidence suited to the topic, offered first. */
  evidence: EvidenceId[];
  prepare: string[];
  channels: ComposeChannel[];
  /** In a catalog in another language: the topic's Russian title and category, which the request prints. */
  russian?: { title: string; category?: string };
  /** What the seller can ask for, in a form whose free text is not Russian (see asks.ts). */
  asks?: ComposeAsk[];
}

export interface ComposeCatalog {
  topics: ComposeTopic[];
  /** What to do when no answer came in time, per audience. */
  noAnswer: Record<ComposeAudience, string[]>;
  mistakes: string[];
  /** The language the person types in, when it is not Russian: the request quotes it and marks it so. */
  writtenIn?: "en";
}

/**
 * guidance.noAnswer is written for sellers (their cabinet, sellersup@ozon.ru);
 * buyers get the same advice in their own terms.
 */
export const buyerNoAnswer: readonly string[] = [
  "Проверьте «Сообщения» на сайте или в приложении Ozon: ответ поддержки приходит туда.",
  "Напишите повторно в тот же чат и сошлитесь на дату или номер прежнего обращения.",
  "Если поддержка не решила вопрос, пожалуйтесь на её работу: откройте тему «Пожаловаться на работу поддержки» в разделе для покупателей.",
];

/** Kinds that don't take a request: reference pages and maps. */
const notContactKinds: readonly ChannelKind[] = ["knowledge-base", "website"];

function isComposeAudience(id: string): id is ComposeAudience {
  return id === "buyers" || id === "sellers";
}

/**
 * A topic is about one order when its `prepare` list names the order number on
 * its own ("Номер заказа"). Alternatives such as "Номер заказа или поставки" or
 * "Номер любого заказа" leave the number optional.
 */
export function topicRequiresOrder(topic: Pick<Topic, "prepare">): boolean {
  return topic.prepare.some((item) => textKey(item) === "номер заказа");
}

/** The topic's checklist mentions an order number in any form. */
export function topicSuggestsOrder(topic: Pick<Topic, "prepare">): boolean {
  return topic.prepare.some((item) => /номер(?:\s+\p{L}+)?\s+заказа/u.test(textKey(item)));
}

/** The first seller-form category named among the topic's channels. */
export function topicCategory(topic: Pick<Topic, "channels">): SellerCategoryId | undefined {
  return topic.channels.find((tc) => tc.category !== undefined)?.category;
}

/** Evidence for a topic: a seller's by its form category, a buyer's by the problem its synonyms name. */
export function topicEvidence(topic: Pick<Topic, "channels" | "synonyms">, audience: ComposeAudience): EvidenceId[] {
  return audience === "sellers" ? sellerEvidenceFor(topicCategory(topic)) : buyerEvidenceFor(topic.synonyms);
}

function toResponse(r: ResponseTime, locale: Locale): ComposeResponse {
  return { span: { from: r.from, to: r.to, unit: r.unit }, text: formatResponseTime(r, locale), context: r.context };
}

/** A channel a request can be sent through, or undefined for a reference page or a channel that doesn't work. */
function channelOption(raw: Channel, category: SellerCategory | undefined, locale: Locale): ComposeChannel | undefined {
  if (notContactKinds.includes(raw.kind)) return undefined;
  if (raw.status !== "active" && raw.status !== "disputed") return undefined;
  const c = channelIn(locale, raw);
  // The category's own time says whose questions it is about in Russian only; its title says it in every language.
  const categoryTime = category?.responseTime && {
    ...category.responseTime,
    context: locale === "ru" ? category.responseTime.context : undefined,
  };
  // The longest wait a source gives for a first reply, so the follow-up date is not the best case.
  const response = categoryTime ?? slowestReplyTime(c.responseTimes) ?? c.responseTimes[0];
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    kindLabel: kindLabels[locale][c.kind],
    status: raw.status,
    value: c.value,
    href: actionHref(c),
    location: c.location,
    category: category && sellerCategoryIn(locale, category).title,
    ...(locale === "ru" ? {} : { russian: { category: category?.title } }),
    response: response ? toResponse(response, locale) : undefined,
  };
}

export interface CatalogOptions {
  /** The language of the titles shown; the request is written in Russian whatever it is. */
  locale?: Locale;
  /** Which of the buyer and seller topics to offer; all of them unless told. */
  include?: (topic: Topic) => boolean;
}

export function buildComposeCatalog(
  dir: Pick<Directory, "topics" | "channels" | "guidance">,
  { locale = "ru", include = () => true }: CatalogOptions = {},
): ComposeCatalog {
  const channels = new Map(dir.channels.map((c) => [c.id, c]));
  const topics: ComposeTopic[] = [];
  for (const raw of [...dir.topics].sort((a, b) => a.order - b.order)) {
    const audience = raw.audience;
    if (!isComposeAudience(audience) || !include(raw)) continue;
    const options = raw.channels.flatMap((tc) => {
      const c = channels.get(tc.channel);
      const option = c && channelOption(c, sellerCategory(dir.guidance, tc.category), locale);
      return option ? [option] : [];
    });
    if (options.length === 0) continue;
    const topic = topicIn(locale, raw);
    const category = sellerCategory(dir.guidance, topicCategory(raw));
    topics.push({
      id: topic.id,
      title: topic.title,
      audience,
      category: category && sellerCategoryIn(locale, category).title,
      // The checklist is read in Russian, whatever language it is shown in.
      requiresOrder: topicRequiresOrder(raw),
      suggestsOrder: topicSuggestsOrder(raw),
      evidence: topicEvidence(raw, audience),
      prepare: topic.prepare,
      channels: options,
      ...(locale === "ru" ? {} : { russian: { title: raw.title, category: category?.title } }),
    });
  }
  const guidance = guidanceIn(locale, dir.guidance);
  return {
    topics,
    // Buyers' advice has no English yet: the composer in another language is for sellers only.
    noAnswer: { sellers: guidance.noAnswer, buyers: locale === "ru" ? [...buyerNoAnswer] : [] },
    mistakes: guidance.mistakes,
  };
}

/**
 * Where a channel page's «Составить обращение» link starts the composer: the first of the channel's
 * audiences whose topics offer it, and the topic when only one of them does. Undefined when the composer
 * does not offer the channel, so a page never links to a composer that cannot send to it.
 */
export function composeStartFor(
  catalog: Pick<ComposeCatalog, "topics">,
  channel: Pick<Channel, "id" | "audiences">,
): { audience: ComposeAudience; topicId?: string } | undefined {
  const offering = catalog.topics.filter((t) => t.channels.some((c) => c.id === channel.id));
  const audience = channel.audiences.filter(isComposeAudience).find((a) => offering.some((t) => t.audience === a));
  if (!audience) return undefined;
  const topics = offering.filter((t) => t.audience === audience);
  return { audience, topicId: topics.length === 1 ? topics[0]?.id : undefined };
}
