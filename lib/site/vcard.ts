import type { Channel, Organisation } from "../dataset/schema";
import { localePath, type Locale } from "../i18n/locale";

/**
 * Only contacts a visitor should keep: a discontinued number would be saved to be dialled in vain, and a
 * third-party one would sit in the phone book looking like Ozon's.
 */
export function offersVCard(channel: Pick<Channel, "kind" | "status" | "value">): boolean {
  return (
    (channel.kind === "phone" || channel.kind === "email") &&
    // Only what the sources agree works: a saved contact is what a visitor later trusts when someone
    // calls "from Ozon", so a number the sources dispute is not offered for saving.
    channel.status === "active" &&
    channel.value !== undefined
  );
}

export type VCardContact = {
  name: string;
  organization: string;
  /** E.164, e.g. +78005558982. */
  phone?: string;
  email?: string;
  /** The channel page's absolute address. */
  url: string;
  note: string;
};

/** RFC 2426 §4: backslash, comma, semicolon and line breaks are escaped in text values. */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character; continuations start with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A vCard 3.0 (the version every phone's contacts app reads) with CRLF line ends, as RFC 2426 requires. */
export function buildVCard(contact: VCardContact): string {
  const lines = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    `FN:${escapeText(contact.name)}`,
    `N:;${escapeText(contact.name)};;;`,
    `ORG:${escapeText(contact.organization)}`,
    ...(contact.phone ? [`TEL;TYPE=WORK,VOICE:${contact.phone}`] : []),
    ...(contact.email ? [`EMAIL;TYPE=INTERNET:${escapeText(contact.email)}`] : []),
    `URL:${contact.url}`,
    `NOTE:${escapeText(contact.note)}`,
    "END:VCARD",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** The contact card of a channel that offersVCard, pointing back to its page for the current details. */
export function channelVCard(
  channel: Pick<Channel, "kind" | "title" | "value">,
  owner: Pick<Organisation, "name">,
  pageUrl: string,
  siteName: string,
  locale: Locale = "ru",
): string {
  return buildVCard({
    name: channel.title,
    organization: owner.name,
    phone: channel.kind === "phone" ? channel.value : undefined,
    email: channel.kind === "email" ? channel.value : undefined,
    url: pageUrl,
    note:
      locale === "ru"
        ? `Контакт из справочника «${siteName}», сверенный с источниками. Часы работы и статус: ${pageUrl}`
        : `A contact from the directory “${siteName}”, checked against its sources. Hours and status: ${pageUrl}`,
  });
}

/** Where a channel's vCard is served; the file name ends in .vcf so phones open it as a contact. */
export function vCardPath(channelId: string, locale: Locale = "ru"): string {
  return localePath(locale, `/channels/${channelId}/contact.vcf`);
}
