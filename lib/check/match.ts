import type { Channel, Confidence, Organisation } from "../dataset/schema";
import type { Locale } from "../i18n/locale";
import { looksLikePhone, phoneSlug, russianE164 } from "../text/phone";
import { foldText } from "../text/russian";

/** Where a channel's page is: in the page's language where it has one, else the Russian page, marked so. */
export type CheckLink = { href: string; hrefLang?: "ru" };

/** A channel's name in the page's language; `lang` is set when only its Russian name exists. */
export type CheckChannel = { id: string; title: string; lang?: "ru"; link: CheckLink };

/** Just what the checker needs of a channel, small enough to ship to the browser. */
export type CheckEntry = Pick<Channel, "kind" | "value" | "status"> &
  CheckChannel & {
    /** Left out where the channel has no text in the page's language. */
    verdict?: string;
    owner: Pick<Organisation, "name" | "genitive">;
    confidence: Confidence;
    replacement?: CheckChannel;
  };

/** A company's name as an SMS may show it in place of a number. */
export type SenderName = Pick<Organisation, "name" | "genitive" | "isOzon"> & { names: string[] };

export type CheckResult =
  | { kind: "empty" }
  | { kind: "match"; entry: CheckEntry; as: "phone" | "email" }
  | { kind: "sender"; name: string; owner?: Pick<Organisation, "name" | "genitive" | "isOzon"> }
  | { kind: "unknown"; as: "phone" | "email" | "text"; normalized: string };

/**
 * A company as a sentence names it. In English its name takes every position (lib/i18n/localize.ts). A
 * company without an English name keeps its own: in the data today that is only Ozon Bank, which is Ozon's,
 * and an answer names a company only when it is not Ozon.
 */
function ownerIn(locale: Locale, o: Organisation): Pick<Organisation, "name" | "genitive"> {
  if (locale === "ru" || !o.en) return { name: o.name, genitive: o.genitive };
  return { name: o.en.name, genitive: o.en.name };
}

/**
 * Each organisation with the names a sender could use: its own and the words people type for it. The names
 * matched are the same in every language; only the words of the answer follow `locale`.
 */
export function toSenderNames(organisations: Organisation[], locale: Locale = "ru"): SenderName[] {
  return organisations.map((o) => ({
    ...ownerIn(locale, o),
    isOzon: o.isOzon,
    names: [o.name, ...o.phrases].map(foldText),
  }));
}

/**
 * One word of letters (and maybe digits), as an SMS shows «OZON» or «SellerMkt» in place of a number;
 * a phone network lets the sender choose it, so it proves nothing about who sent the message.
 */
function looksLikeSenderName(text: string): boolean {
  return /^[\p{L}\d][\p{L}\d._&-]{0,19}$/u.test(text) && /\p{L}/u.test(text);
}

type EntryOptions = {
  locale?: Locale;
  /** The channel page a verdict links to; the Russian page by default. */
  linkOf?: (id: string) => CheckLink;
};

function russianPage(id: string): CheckLink {
  return { href: `/channels/${id}` };
}

/** A channel as a verdict names and links it. */
export function toCheckChannel(
  c: Pick<Channel, "id" | "title" | "en">,
  { locale = "ru", linkOf = russianPage }: EntryOptions = {},
): CheckChannel {
  const title = locale === "ru" ? c.title : c.en?.title;
  return title === undefined
    ? { id: c.id, title: c.title, lang: "ru", link: linkOf(c.id) }
    : { id: c.id, title, link: linkOf(c.id) };
}

export function toCheckEntries(
  channels: Channel[],
  organisationOf: (c: Channel) => Organisation,
  confidenceOf: (c: Channel) => Confidence,
  options: EntryOptions = {},
): CheckEntry[] {
  const locale = options.locale ?? "ru";
  const byId = new Map(channels.map((c) => [c.id, c]));
  const named = (c: Channel) => toCheckChannel(c, options);
  return channels
    .filter((c) => (c.kind === "phone" || c.kind === "email") && c.value !== undefined)
    .map((c) => {
      const r = c.replacedBy ? byId.get(c.replacedBy) : undefined;
      const verdict = locale === "ru" ? c.verdict : c.en?.verdict;
      return {
        ...named(c),
        kind: c.kind,
        value: c.value,
        status: c.status,
        owner: ownerIn(locale, organisationOf(c)),
        ...(verdict === undefined ? {} : { verdict }),
        confidence: confidenceOf(c),
        ...(r ? { replacement: named(r) } : {}),
      };
    });
}

/** Undoes the usual disguises: "mailto:", spaces, "(at)", "собака", a trailing dot. */
export function normalizeEmail(input: string): string | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "")
    .replace(/\s*(?:\(at\)|\[at\]|\{at\}| at |собака)\s*/g, "@")
    .replace(/\s*(?:\(dot\)|\[dot\]| dot )\s*/g, ".")
    .replace(/\s+/g, "")
    .replace(/\.$/, "");
  return /^[^@\s]+@[^@\s]+\.[a-zа-я0-9-]{2,}$/i.test(text) ? text : null;
}

export function checkContact(input: string, entries: CheckEntry[], senders: SenderName[] = []): CheckResult {
  const text = input.slice(0, 200).trim();
  if (text === "") return { kind: "empty" };
  if (text.includes("@") || /\(at\)|\[at\]|собака/i.test(text)) {
    const email = normalizeEmail(text);
    const entry = email ? entries.find((e) => e.kind === "email" && e.value === email) : undefined;
    if (entry) return { kind: "match", entry, as: "email" };
    return { kind: "unknown", as: "email", normalized: email ?? text };
  }
  if (looksLikePhone(text)) {
    const e164 = russianE164(text);
    const entry = e164 ? entries.find((e) => e.kind === "phone" && e.value === e164) : undefined;
    if (entry) return { kind: "match", entry, as: "phone" };
    return { kind: "unknown", as: "phone", normalized: e164 ?? text.replace(/[^\d+]/g, "") };
  }
  if (looksLikeSenderName(text)) {
    const folded = foldText(text)
      .replace(/[._&-]+/g, " ")
      .trim();
    const owner = senders.find((s) => s.names.includes(folded) || s.names.includes(folded.replace(/ /g, "")));
    return owner
      ? { kind: "sender", name: text, owner: { name: owner.name, genitive: owner.genitive, isOzon: owner.isOzon } }
      : { kind: "sender", name: text };
  }
  return { kind: "unknown", as: "text", normalized: text };
}

/** Stable URL slug of a known contact: "8-800-234-70-00", "ozon-hotline-at-deloitte-ru". */
export function contactSlug(entry: Pick<CheckEntry, "kind" | "value">): string | null {
  if (entry.value === undefined) return null;
  if (entry.kind === "phone") return phoneSlug(entry.value);
  return entry.value.replace("@", "-at-").replace(/[^a-z0-9-]+/g, "-");
}
