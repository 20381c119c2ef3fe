/**
 * Warnings against the usual mistakes in a support request (no order number,
 * emotional wording, the same request sent everywhere, too vague a text).
 * They advise and never block sending; validation lives in schema.ts.
 */

export interface HintInput {
  whatHappened?: string;
  orderNumber?: string;
  /** The topic is about one order. */
  requiresOrder?: boolean;
}

export const hintTexts = {
  noOrder: "Укажите номер заказа — без него поддержке придётся переспрашивать.",
  exclamations: "Уберите лишние восклицательные знаки: спокойный тон помогает решить вопрос быстрее.",
  caps: "Не пишите слова заглавными буквами — это читается как крик.",
  rude: "Уберите резкие и эмоциональные слова: опишите факты, так обращение решат быстрее.",
  everywhere:
    "Не отправляйте одно и то же обращение в несколько отделов: ответ от этого не ускорится. Лучше сошлитесь на номер прежнего обращения.",
  short: "Опишите подробнее: что именно произошло, когда и с каким заказом или товаром.",
  vague: "«Не работает» — слишком общо. Напишите, что вы делали, что ожидали увидеть и что увидели на самом деле.",
} satisfies Record<string, string>;

/**
 * The hints' words: Russian here, another language's from the server. What they look for stays Russian
 * (rude words, «не работает»); a form in another language still gets the hints that count and measure.
 */
export type HintTexts = Readonly<Record<keyof typeof hintTexts, string>>;

/** Abbreviations that are written in capitals anyway. */
const capsAllowed = new Set([
  "OZON",
  "ОЗОН",
  "СДЭК",
  "ОГРН",
  "ОГРНИП",
  "ЕГРЮЛ",
  "ЕГРИП",
  "HTTP",
  "HTTPS",
  "HTML",
  "EMAIL",
]);

const capsWord = /(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu;

/** Word beginnings that make a request read as a complaint rather than a report. */
const rudeStems = [
  "безобраз",
  "позор",
  "кидал",
  "идиот",
  "дебил",
  "тупые",
  "тупая",
  "жулик",
  "бесит",
  "достали",
  "хамств",
  "кошмар",
  "сколько можно",
  "вы мошенники",
];
const rudeWord = new RegExp(`(?<!\\p{L})(?:${rudeStems.join("|")})`, "iu");

const everywhere = [
  /написал[аи]?\s+(?:уже\s+)?везде/iu,
  /писал[аи]?\s+(?:уже\s+)?везде/iu,
  /во\s+все\s+(?:отделы|службы|каналы|чаты)/iu,
  /повторно\s+во\s+все/iu,
  /в\s+несколько\s+(?:отделов|служб|каналов|чатов)/iu,
];

const vaguePhrase =
  /(?<!\p{L})(?:ничего\s+)?(?:не\s+работает|не\s+работают|не\s+получается|сломал(?:ось|ся|ась)|глючит)(?!\p{L})/iu;

/** Fewer characters than this reads as "no details". */
const minDetail = 30;
/** Below this length a vague phrase with no numbers in the text is flagged. */
const vagueLength = 120;

function hasShouting(text: string): boolean {
  for (const m of text.matchAll(capsWord)) {
    if (!capsAllowed.has(m[0].toUpperCase())) return true;
  }
  return false;
}

/** Warnings for a draft in progress, in a fixed order; empty when nothing stands out. */
export function draftHints(input: HintInput, texts: HintTexts = hintTexts): string[] {
  const hints: string[] = [];
  const text = (input.whatHappened ?? "").trim();
  const order = (input.orderNumber ?? "").trim();

  if (input.requiresOrder && order === "") hints.push(texts.noOrder);
  if (text === "") return hints;

  if (/!!|!\?|\?!/.test(text) || (text.match(/!/g) ?? []).length >= 3) hints.push(texts.exclamations);
  if (hasShouting(text)) hints.push(texts.caps);
  if (rudeWord.test(text)) hints.push(texts.rude);
  if (everywhere.some((re) => re.test(text))) hints.push(texts.everywhere);

  if (text.length < minDetail) hints.push(texts.short);
  else if (text.length < vagueLength && vaguePhrase.test(text) && !/\d/.test(text)) hints.push(texts.vague);

  return hints;
}
