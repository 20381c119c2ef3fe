import type { Channel, Confidence, Organisation } from "../dataset/schema";
import { looksLikePhone, phoneSlug, russianE164 } from "../text/phone";
import { foldText } from "../text/russian";

/** Just what the checker needs of a channel, small enough to ship to the browser. */
export type CheckEntry = Pick<Channel, "id" | "title" | "kind" | "value" | "status" | "verdict"> & {
  owner: Pick<Organisation, "name" | "genitive">;
  confidence: Confidence;
  replacement?: { id: string; title: string };
};

/** A company's name as an SMS may show it in place of a number. */
export type SenderName = Pick<Organisation, "name" | "genitive" | "isOzon"> & { names: string[] };

export type CheckResult =
  | { kind: "empty" }
  | { kind: "match"; entry: CheckEntry; as: "phone" | "email" }
  | { kind: "sender"; name: string; owner?: Pick<Organisation, "name" | "genitive" | "isOzon"> }
  | { kind: "unknown"; as: "phone" | "email" | "text"; normalized: string };

/** Each organisation with the names a sender could use: its own and the words people type for it. */
export function toSenderNames(organisations: Organisation[]): SenderName[] {
  return organisations.map((o) => ({
    name: o.name,
    genitive: o.genitive,
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

export function toCheckEntries(
  channels: Channel[],
  organisationOf: (c: Channel) => Organisation,
  confidenceOf: (c: Channel) => Confidence,
): CheckEntry[] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  return channels
    .filter((c) => (c.kind === "phone" || c.kind === "email") && c.value !== undefined)
    .map((c) => {
      const r = c.replacedBy ? byId.get(c.replacedBy) : undefined;
      const owner = organisationOf(c);
      return {
        id: c.id,
        title: c.title,
        kind: c.kind,
        value: c.value,
        status: c.status,
        owner: { name: owner.name, genitive: owner.genitive },
        verdict: c.verdict,
        confidence: confidenceOf(c),
        ...(r ? { replacement: { id: r.id, title: r.title } } : {}),
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
