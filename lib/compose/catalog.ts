import { textKey } from "../text/russian";
import type { Channel, ChannelKind, Directory, ResponseTime, SellerCategoryId, Topic } from "../dataset/schema";
import { actionHref, formatResponseTime, kindLabel } from "../text/channel";
import { sellerCategory } from "../dataset/seller-form";
import { slowestReplyTime } from "../replies/range";
import type { EvidenceId } from "./attachments";
import { buyerEvidenceFor, sellerEvidenceFor } from "./suited-attachments";
import type { ResponseSpan } from "./deadline";

/**
 * What the composer page hands to the client: buyer and seller topics with the
 * channels a request can actually be sent through. Built on the server from the
 * dataset; plain data only, so it serialises as props.
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
}

export interface ComposeCatalog {
  topics: ComposeTopic[];
  /** What to do when no answer came in time, per audience. */
  noAnswer: Record<ComposeAudience, string[]>;
  mistakes: string[];
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

function toResponse(r: ResponseTime): ComposeResponse {
  return { span: { from: r.from, to: r.to, unit: r.unit }, text: formatResponseTime(r), context: r.context };
}

export function buildComposeCatalog(dir: Pick<Directory, "topics" | "channels" | "guidance">): ComposeCatalog {
  const channels = new Map(dir.channels.map((c) => [c.id, c]));
  const topics: ComposeTopic[] = [];
  for (const topic of [...dir.topics].sort((a, b) => a.order - b.order)) {
    const audience = topic.audience;
    if (!isComposeAudience(audience)) continue;
    const options: ComposeChannel[] = [];
    for (const tc of topic.channels) {
      const c = channels.get(tc.channel);
      if (!c || notContactKinds.includes(c.kind)) continue;
      if (c.status !== "active" && c.status !== "disputed") continue;
      const category = sellerCategory(dir.guidance, tc.category);
      // The longest wait a source gives for a first reply, so the follow-up date is not the best case.
      const response = category?.responseTime ?? slowestReplyTime(c.responseTimes) ?? c.responseTimes[0];
      options.push({
        id: c.id,
        title: c.title,
        kind: c.kind,
        kindLabel: kindLabel[c.kind],
        status: c.status,
        value: c.value,
        href: actionHref(c),
        location: c.location,
        category: category?.title,
        response: response ? toResponse(response) : undefined,
      });
    }
    if (options.length === 0) continue;
    topics.push({
      id: topic.id,
      title: topic.title,
      audience,
      category: sellerCategory(dir.guidance, topicCategory(topic))?.title,
      requiresOrder: topicRequiresOrder(topic),
      suggestsOrder: topicSuggestsOrder(topic),
      evidence: topicEvidence(topic, audience),
      prepare: topic.prepare,
      channels: options,
    });
  }
  return {
    topics,
    noAnswer: { sellers: dir.guidance.noAnswer, buyers: [...buyerNoAnswer] },
    mistakes: dir.guidance.mistakes,
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
