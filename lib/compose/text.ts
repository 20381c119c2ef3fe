import { evidenceLabelsFor } from "./attachments";
import type { Draft } from "./schema";

export interface ComposeContext {
  topicTitle: string;
  /** The seller form's category, e.g. "Финансы"; printed in "Тема:" for sellers. */
  category?: string;
  /**
   * The seller typed the description in English (the English composer): the request stays Russian, quotes the
   * description as written under a line that says it is English, and asks for an answer in English.
   */
  writtenIn?: "en";
  /** What the seller asks for is their own English words rather than one of the Russian sentences offered. */
  askInEnglish?: boolean;
}

/** The line before an English description, and the request for an English answer. */
const ENGLISH_MARKER = "Описание продавца (на английском):";
const ENGLISH_ASK_MARKER = "Что я прошу сделать (на английском):";
const ANSWER_IN_ENGLISH = "Если возможно, ответьте, пожалуйста, на английском языке.";

export const SUBJECT_MAX = 120;

/** 2026-11-18 → 18.11.2026; anything else is returned as is. */
export function isoToRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Spaces collapsed, lines trimmed, at most one blank line between paragraphs. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function topicLine(draft: Draft, ctx: ComposeContext): string {
  const category = ctx.category ? oneLine(ctx.category) : "";
  const title = oneLine(ctx.topicTitle);
  return draft.audience === "sellers" && category !== "" ? `${category} — ${title}` : title;
}

/** A short subject line for an email or a form, at most 120 characters. */
export function composeSubject(draft: Draft, ctx: ComposeContext): string {
  const suffix = draft.orderNumber ? `, заказ ${draft.orderNumber}` : "";
  const base = topicLine(draft, ctx);
  const room = SUBJECT_MAX - suffix.length;
  if (base.length <= room) return base + suffix;
  const cut = base.slice(0, room - 1);
  const space = cut.lastIndexOf(" ");
  const head = (space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—–-]+$/, "");
  return `${head}…${suffix}`;
}

/** The request as plain text with "\n" line breaks; sections without content are left out. */
export function composeText(draft: Draft, ctx: ComposeContext): string {
  const who = draft.audience === "sellers" ? "Я продавец на Ozon" : "Я покупатель Ozon";
  const facts = [
    `Тема: ${topicLine(draft, ctx)}`,
    draft.orderNumber ? `Номер заказа: ${draft.orderNumber}` : "",
    draft.productName ? `Товар: ${oneLine(draft.productName)}` : "",
    draft.incidentDate ? `Дата: ${isoToRu(draft.incidentDate)}` : "",
  ].filter((line) => line !== "");

  const labels = evidenceLabelsFor(draft.evidence);
  const name = draft.name ? oneLine(draft.name) : "";
  // The seller's English is quoted exactly as typed: someone at support may run it through a translator.
  const english = ctx.writtenIn === "en";

  const sections = [
    "Здравствуйте!",
    `${who}, пишу по вопросу «${oneLine(ctx.topicTitle)}».`,
    facts.join("\n"),
    english ? `${ENGLISH_MARKER}\n${draft.whatHappened}` : `Что произошло:\n${normaliseText(draft.whatHappened)}`,
    ctx.askInEnglish
      ? `${ENGLISH_ASK_MARKER}\n${draft.expectedOutcome}`
      : `Что я прошу сделать:\n${normaliseText(draft.expectedOutcome)}`,
    labels.length > 0 ? `Прилагаю:\n${labels.map((l) => `— ${l}`).join("\n")}` : "",
    english ? ANSWER_IN_ENGLISH : "",
    name ? `Спасибо!\nС уважением, ${name}` : "Спасибо!\nС уважением.",
  ];
  return sections.filter((s) => s !== "").join("\n\n");
}

function encodeComponent(value: string): string {
  return encodeURIComponent(value.toWellFormed());
}

/**
 * A mailto: link (RFC 6068): subject and body percent-encoded, spaces as %20
 * (never "+"), line breaks as %0D%0A.
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  const address = email.trim();
  const at = address.lastIndexOf("@");
  const to =
    at > 0
      ? `${encodeComponent(address.slice(0, at))}@${encodeComponent(address.slice(at + 1))}`
      : encodeComponent(address);
  const crlf = (text: string) => text.replace(/\r\n?|\n/g, "\r\n");
  const params = [
    subject !== "" ? `subject=${encodeComponent(crlf(subject))}` : "",
    body !== "" ? `body=${encodeComponent(crlf(body))}` : "",
  ].filter((p) => p !== "");
  return `mailto:${to}${params.length > 0 ? `?${params.join("&")}` : ""}`;
}
