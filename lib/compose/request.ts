import type { ComposeCatalog, ComposeChannel, ComposeTopic } from "./catalog";
import type { Draft } from "./schema";
import { composeSubject, composeText, mailtoHref } from "./text";

export interface ComposedRequest {
  text: string;
  subject: string;
  /** A prefilled letter, for email channels only. */
  mailto?: string;
}

/**
 * The finished request for a topic and channel, always in Russian: a catalog in another language hands over
 * the Russian titles beside its own. The category printed in "Тема:" is the one the channel's form asks for,
 * else the topic's (a letter about payouts is still about «Финансы»). An ask the topic offers is one of its
 * Russian sentences; anything else a person writing in English asks for is their own words.
 */
export function composeRequest(
  draft: Draft,
  topic: Pick<ComposeTopic, "title" | "category" | "russian" | "asks">,
  channel: Pick<ComposeChannel, "kind" | "value" | "category" | "russian"> | undefined,
  writtenIn?: ComposeCatalog["writtenIn"],
): ComposedRequest {
  const russianTopic = topic.russian ?? topic;
  const channelCategory = channel && (channel.russian ?? channel).category;
  const ctx = {
    topicTitle: russianTopic.title,
    category: channelCategory ?? russianTopic.category,
    writtenIn,
    askInEnglish: writtenIn !== undefined && !(topic.asks ?? []).some((a) => a.text === draft.expectedOutcome),
  };
  const text = composeText(draft, ctx);
  const subject = composeSubject(draft, ctx);
  if (channel?.kind === "email" && channel.value)
    return { text, subject, mailto: mailtoHref(channel.value, subject, text) };
  return { text, subject };
}
