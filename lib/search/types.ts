import type { ChannelStatus } from "@/lib/schema";

export type SearchDocKind = "channel" | "topic" | "audience";

export type DocLink = { id: string; title: string; href: string };

/**
 * One searchable thing, flat and JSON-safe: built at build time from the
 * directory (lib/search/docs.ts) and shipped to the browser as is.
 */
export type SearchDoc = {
  kind: SearchDocKind;
  id: string;
  title: string;
  href: string;
  /** A second line: the channel's kind ("Телефон") or the audience a topic belongs to. */
  detail: string;
  /** What to show as the value: a formatted phone, an email, a URL, an address. */
  value?: string;
  /** Where to find a channel that has no value of its own (in-app chats). */
  location?: string;
  status?: ChannelStatus;
  owner?: string;
  /** For a discontinued channel: what to use instead. */
  replacement?: DocLink;
  /** For topics and audiences: where to turn, best first (ids of channel documents). */
  channels: string[];
  /** The first of `channels`, ready to show. */
  target?: DocLink;
  /** Canonical E.164 numbers and lowercase addresses, for exact matching. */
  phones: string[];
  emails: string[];
  words: DocWords;
};

/**
 * What the search reads of a document, never shown: normalised, stemmed terms
 * without stopwords, worked out at build time so the browser only builds indexes.
 * Keywords (synonyms, names) stay in phrases; they weigh more than the free text.
 */
export type DocWords = {
  title: string[];
  keywords: string[][];
  /** The raw value: E.164 number, address, URL. */
  value: string[];
  text: string[];
};
