import type { ComposeChannel, ComposeTopic } from "./catalog";
import type { Draft } from "./schema";
import { composeSubject, composeText, mailtoHref } from "./text";

export interface ComposedRequest {
  text: string;
  subject: string;
  /** A prefilled letter, for email channels only. */
  mailto?: string;
}

/**
 * The finished request for a topic and channel. The category printed in "Тема:"
 * is the one the channel's form asks for, else the topic's (a letter about payouts
 * is still about «Финансы»).
 */
export function composeRequest(
  draft: Draft,
  topic: Pick<ComposeTopic, "title" | "category">,
  channel: Pick<ComposeChannel, "kind" | "value" | "category"> | undefined,
): ComposedRequest {
  const ctx = { topicTitle: topic.title, category: channel?.category ?? topic.category };
  const text = composeText(draft, ctx);
  const subject = composeSubject(draft, ctx);
  if (channel?.kind === "email" && channel.value)
    return { text, subject, mailto: mailtoHref(channel.value, subject, text) };
  return { text, subject };
}
