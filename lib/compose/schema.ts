import { z } from "zod/mini";
import { type EvidenceId, evidenceId } from "./attachments";

/**
 * Ozon numbers a request can carry:
 * order 12345678-0012, posting 12345678-0012-1, product SKU of 6–12 digits.
 */
export const orderNumberPattern = /^(?:\d{8,}-\d{4}(?:-\d{1,3})?|\d{6,12})$/;

export const messages = {
  audience: "Выберите, кто вы: покупатель или продавец",
  topicId: "Выберите тему",
  channelId: "Выберите, куда писать",
  orderFormat: "Проверьте номер: заказ — 12345678-0012, отправление — 12345678-0012-1, артикул (SKU) — от 6 до 12 цифр",
  orderRequired: "Укажите номер заказа: например, 12345678-0012",
  productName: "Название товара — не длиннее 200 символов",
  dateFormat: "Укажите дату полностью: день, месяц и год",
  dateFuture: "Дата не может быть позже сегодняшней",
  whatHappenedShort: "Опишите, что произошло, подробнее — хотя бы 30 символов",
  whatHappenedLong: "Сократите описание до 3000 символов",
  expectedShort: "Напишите, что вы просите сделать",
  expectedLong: "Сократите просьбу до 500 символов",
  evidence: "Выберите вложения из списка",
  name: "Имя — не длиннее 100 символов",
  form: "Заполните форму обращения",
} satisfies Record<string, string>;

/** The form's error messages: Russian here, another language's from the server (messages/<locale>/compose.json). */
export type DraftMessages = Readonly<Record<keyof typeof messages, string>>;

export interface DraftOptions {
  /** Today in Moscow, yyyy-mm-dd: the incident date can't be later. */
  today: string;
  /** The topic is about one order, so its number is mandatory. */
  requiresOrder?: boolean;
  messages?: DraftMessages;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in yyyy-mm-dd form. */
export function isIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number);
  if (y === undefined || mo === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const emptyToUndefined = (v: string | undefined): string | undefined => (v ? v : undefined);

/** Trimmed text, and "" or a missing field turned into undefined. */
function optionalTrimmed(message: string, ...checks: z.core.$ZodCheck<string | undefined>[]) {
  return z.pipe(
    z.optional(z.string({ error: message }).check(z.trim())).check(...checks),
    z.transform(emptyToUndefined),
  );
}

/** An optional text field: trimmed, "" means absent. */
function optionalText(max: number, message: string) {
  return optionalTrimmed(
    message,
    z.refine((v) => v === undefined || v.length <= max, message),
  );
}

function orderNumberField(requiresOrder: boolean, m: DraftMessages) {
  return optionalTrimmed(
    m.orderFormat,
    z.superRefine((value, ctx) => {
      if (!value) {
        if (requiresOrder) ctx.addIssue({ code: "custom", message: m.orderRequired });
        return;
      }
      if (!orderNumberPattern.test(value)) ctx.addIssue({ code: "custom", message: m.orderFormat });
    }),
  );
}

function incidentDateField(today: string, m: DraftMessages) {
  return optionalTrimmed(
    m.dateFormat,
    z.superRefine((value, ctx) => {
      if (!value) return;
      if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: m.dateFormat });
      else if (value > today) ctx.addIssue({ code: "custom", message: m.dateFuture });
    }),
  );
}

/** Required text: trimmed, between `min` and `max` characters. */
function requiredText(min: number, max: number, short: string, long: string) {
  return z.string({ error: short }).check(z.trim(), z.minLength(min, short), z.maxLength(max, long));
}

/**
 * The request form's schema for a given day and topic. zod/mini: it runs in the browser, where
 * the full zod would more than double the composer's script.
 */
export function makeDraftSchema(today: string, options: { requiresOrder?: boolean; messages?: DraftMessages } = {}) {
  const m = options.messages ?? messages;
  return z.object(
    {
      audience: z.enum(["buyers", "sellers"], { error: m.audience }),
      topicId: z.string({ error: m.topicId }).check(z.trim(), z.minLength(1, m.topicId)),
      channelId: z.string({ error: m.channelId }).check(z.trim()),
      orderNumber: orderNumberField(options.requiresOrder ?? false, m),
      productName: optionalText(200, m.productName),
      incidentDate: incidentDateField(today, m),
      whatHappened: requiredText(30, 3000, m.whatHappenedShort, m.whatHappenedLong),
      expectedOutcome: requiredText(5, 500, m.expectedShort, m.expectedLong),
      evidence: z.pipe(
        z._default(z.array(z.enum(evidenceId.options, { error: m.evidence }), { error: m.evidence }), []),
        z.transform((ids: EvidenceId[]) => [...new Set(ids)]),
      ),
      name: optionalText(100, m.name),
    },
    { error: m.form },
  );
}

export type DraftSchema = ReturnType<typeof makeDraftSchema>;
/** A valid, normalised draft (trimmed, "" turned into undefined). */
export type Draft = z.infer<DraftSchema>;
/** What the form holds before validation. */
export type DraftField = keyof Draft;

export const draftFields: readonly DraftField[] = [
  "audience",
  "topicId",
  "channelId",
  "orderNumber",
  "productName",
  "incidentDate",
  "whatHappened",
  "expectedOutcome",
  "evidence",
  "name",
];

function isDraftField(key: unknown): key is DraftField {
  return draftFields.some((f) => f === key);
}

/** One message per field; "form" when the input isn't an object at all. */
export type DraftErrors = Partial<Record<DraftField | "form", string>>;

export type DraftResult = { ok: true; draft: Draft } | { ok: false; errors: DraftErrors };

export function validateDraft(input: unknown, options: DraftOptions): DraftResult {
  const result = makeDraftSchema(options.today, options).safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const head = issue.path[0];
    const key = isDraftField(head) ? head : "form";
    if (errors[key] === undefined) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
