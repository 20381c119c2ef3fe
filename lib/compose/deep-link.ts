import type { FormState } from "./form-state";

/**
 * Audience, topic and channel: from a deep link (/compose?audience=&topic=&channel=),
 * from the person's choices, and back into the address bar. The rest of the
 * form is left alone, but for an ask picked from a topic's list (asks.ts) that the new topic doesn't offer.
 */

type Audience = "buyers" | "sellers";

export interface LinkTopic {
  id: string;
  audience: Audience;
  channels: readonly { id: string }[];
  /** The Russian sentences the topic offers to ask with, if any. */
  asks?: readonly { text: string }[];
}

const AUDIENCES: readonly Audience[] = ["buyers", "sellers"];

/** The audiences the topics are for, in the form's order: a composer for one audience doesn't ask who you are. */
export function audiencesOf(topics: readonly LinkTopic[]): Audience[] {
  return AUDIENCES.filter((a) => topics.some((t) => t.audience === a));
}

/** An ask another topic offered is dropped; the person's own words stay. */
function keepAsk(form: FormState, topic: LinkTopic, topics: readonly LinkTopic[]): FormState {
  const offered = (t: LinkTopic) => t.asks?.some((a) => a.text === form.expectedOutcome) ?? false;
  if (offered(topic) || !topics.some(offered)) return form;
  return { ...form, expectedOutcome: "" };
}

export interface LinkParams {
  audience?: string | null;
  topic?: string | null;
  channel?: string | null;
}

function offers(topic: LinkTopic, channelId: string): boolean {
  return topic.channels.some((c) => c.id === channelId);
}

/** Picks a topic: its audience follows; the channel stays if the topic offers it, else the topic's first. */
export function withTopic(form: FormState, topicId: string, topics: readonly LinkTopic[]): FormState {
  const topic = topics.find((t) => t.id === topicId);
  if (!topic) return { ...form, topicId: "" };
  const channelId = offers(topic, form.channelId) ? form.channelId : (topic.channels[0]?.id ?? "");
  return keepAsk({ ...form, audience: topic.audience, topicId: topic.id, channelId }, topic, topics);
}

/** Picks an audience: a topic of the other audience is cleared. */
export function withAudience(form: FormState, audience: Audience, topics: readonly LinkTopic[]): FormState {
  const topic = topics.find((t) => t.id === form.topicId);
  if (topic && topic.audience === audience) return { ...form, audience };
  return { ...form, audience, topicId: "", channelId: "" };
}

/** Makes audience, topic and channel agree with each other and with the catalog. */
export function normaliseChoice(form: FormState, topics: readonly LinkTopic[]): FormState {
  if (form.topicId !== "") return withTopic(form, form.topicId, topics);
  return form;
}

/**
 * Applies a deep link over a (stored) form. Known values override; unknown
 * ones are ignored. A channel without a topic is kept until a topic that offers it is chosen.
 * When all the topics are for one audience, that audience is chosen whatever the link says.
 */
export function applyLink(form: FormState, link: LinkParams, topics: readonly LinkTopic[]): FormState {
  let next = normaliseChoice(form, topics);
  const offered = audiencesOf(topics);
  const [only] = offered.length === 1 ? offered : [];
  const audience = only ?? offered.find((a) => a === link.audience);
  const topic = topics.find((t) => t.id === link.topic && (audience === undefined || t.audience === audience));
  if (audience) next = withAudience(next, audience, topics);
  if (link.channel) {
    const current = topic ?? topics.find((t) => t.id === next.topicId);
    if (!current || offers(current, link.channel)) next = { ...next, channelId: link.channel };
  }
  if (topic) next = withTopic(next, topic.id, topics);
  return next;
}

type Choice = { audience: string; topicId: string; channelId: string };

/** The link's parameters for a choice; null where nothing is chosen, so the parameter is left out. */
export function linkParams(form: Choice): Required<LinkParams> {
  return { audience: form.audience || null, topic: form.topicId || null, channel: form.channelId || null };
}

/** The query string that reopens the form with the same choices ("" when none). */
export function linkQuery(form: Choice): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(linkParams(form))) if (value) params.set(key, value);
  return params.toString();
}

/** An address bar's query put in the order linkQuery writes, keeping only the link's parameters. */
export function canonicalLinkSearch(search: URLSearchParams): URLSearchParams {
  const choice = {
    audience: search.get("audience") ?? "",
    topicId: search.get("topic") ?? "",
    channelId: search.get("channel") ?? "",
  };
  return new URLSearchParams(linkQuery(choice));
}

/** The composer opened on a choice: every page that links to it builds the address here. */
export function composeHref(choice: { audience: string; topicId?: string; channelId?: string }): string {
  const query = linkQuery({ topicId: "", channelId: "", ...choice });
  return `/compose?${query}`;
}
