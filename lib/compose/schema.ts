import { z } from "zod";
import { evidenceId } from "./evidence";

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

export interface DraftOptions {
  /** Today in Moscow, yyyy-mm-dd: the incident date can't be later. */
  today: string;
  /** The topic is about one order, so its number is mandatory. */
  requiresOrder?: boolean;
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

/** An optional text field: trimmed, "" means absent. */
function optionalText(max: number, message: string) {
  return z.string({ error: message }).trim().max(max, message).optional().transform(emptyToUndefined);
}

function orderNumberField(requiresOrder: boolean) {
  return z
    .string({ error: messages.orderFormat })
    .trim()
    .optional()
    .superRefine((value, ctx) => {
      if (!value) {
        if (requiresOrder) ctx.addIssue({ code: "custom", message: messages.orderRequired });
        return;
      }
      if (!orderNumberPattern.test(value)) ctx.addIssue({ code: "custom", message: messages.orderFormat });
    })
    .transform(emptyToUndefined);
}

function incidentDateField(today: string) {
  return z
    .string({ error: messages.dateFormat })
    .trim()
    .optional()
    .superRefine((value, ctx) => {
      if (!value) return;
      if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: messages.dateFormat });
      else if (value > today) ctx.addIssue({ code: "custom", message: messages.dateFuture });
    })
    .transform(emptyToUndefined);
}

/** The request form's schema for a given day and topic. */
export function makeDraftSchema(today: string, options: { requiresOrder?: boolean } = {}) {
  return z.object(
    {
      audience: z.enum(["buyers", "sellers"], { error: messages.audience }),
      topicId: z.string({ error: messages.topicId }).trim().min(1, messages.topicId),
      channelId: z.string({ error: messages.channelId }).trim(),
      orderNumber: orderNumberField(options.requiresOrder ?? false),
      productName: optionalText(200, messages.productName),
      incidentDate: incidentDateField(today),
      whatHappened: z
        .string({ error: messages.whatHappenedShort })
        .trim()
        .min(30, messages.whatHappenedShort)
        .max(3000, messages.whatHappenedLong),
      expectedOutcome: z
        .string({ error: messages.expectedShort })
        .trim()
        .min(5, messages.expectedShort)
        .max(500, messages.expectedLong),
      evidence: z
        .array(z.enum(evidenceId.options, { error: messages.evidence }), { error: messages.evidence })
        .default([])
        .transform((ids) => [...new Set(ids)]),
      name: optionalText(100, messages.name),
    },
    { error: messages.form },
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
  const result = makeDraftSchema(options.today, { requiresOrder: options.requiresOrder }).safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const head = issue.path[0];
    const key = isDraftField(head) ? head : "form";
    if (errors[key] === undefined) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
