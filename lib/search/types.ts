import type { Shifts } from "@/lib/hours/open-state";
import type { ChannelKind, ChannelStatus } from "@/lib/dataset/schema";

/**
 * "check" is the number check (/check): the answer to "is this number really Ozon's?". "comparison" is the
 * sellers' comparison of marketplaces, as a whole or one other marketplace in it.
 */
export type SearchDocKind = "channel" | "topic" | "audience" | "check" | "comparison";

export type DocLink = { id: string; title: string; href: string };

/** A channel as shown inside another result: enough to act on without opening it. */
export type ChannelView = DocLink & { value?: string; location?: string; status: ChannelStatus; hours?: Shifts };

/**
 * One searchable thing, flat and JSON-safe: built at build time from the directory
 * (lib/search/docs.ts) and shipped to the browser as is.
 */
export type SearchDoc = {
  kind: SearchDocKind;
  id: string;
  title: string;
  href: string;
  /** A second line: the channel's kind ("Телефон") or the audience a topic belongs to. */
  detail: string;
  /** For a channel: its value, status and hours. */
  channel?: ChannelView;
  /** For a channel: its kind, which a query asking for a contact itself («почта озон банка») names. */
  channelKind?: ChannelKind;
  /** For another company's contact or marketplace: whose it is («Это номер Яндекс Маркета, не Ozon.»). */
  notOzon?: string;
  /**
   * For another company's record: the words that name the company (its name and phrases), normalised. Such a
   * record comes before Ozon's only when the query names the company.
   */
  brand?: string[];
  /** For a discontinued channel: what to use instead. */
  replacement?: DocLink;
  /** For a topic, an audience or a marketplace: the channel it recommends, shown inline so the result itself answers. */
  answer?: ChannelView;
  /** Canonical E.164 numbers and lowercase addresses, for exact matching. */
  phones: string[];
  emails: string[];
  /** What people type for it (the data's phrases), normalised. */
  phrases: string[];
  /** Words of the value (a number, an address, a URL) and the free text (description, what it handles). */
  value: string;
  text: string;
  /**
   * How likely a visitor means this record when words fit several equally, in [0, 1]: the weight of
   * its audience (how many people it serves) times the trust in its status; 0 in the English index for a
   * channel its pages show for none of their audiences.
   */
  prior: number;
  /** Whose answer it is: the audiences a recognised «who» lets come first; none for the number check. */
  audiences: string[];
  /** For the number check: the words that, around a known number or address, ask whether it is real. */
  asking?: string[];
  /** For a topic other audiences' topics answer for them too: the problem they share (data/topics.json `problem`). */
  problem?: string;
  /** For an audience: no number reaches a person for it (data/audiences.json `noPhone`). */
  noPhone?: true;
  /** For an audience: the words that say it is asking (data/audiences.json `signals`), normalised. */
  signals?: string[];
  /** For an audience: words that name it only along with another audience (data/audiences.json `within`). */
  within?: { audience: string; signals: string[] };
  /** For an audience: forms of its signals' words that do not say it is asking (data/audiences.json `notAsking`). */
  notAsking?: string[];
};

export type SearchIndex = { version: number; docs: SearchDoc[] };
