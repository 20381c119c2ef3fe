import type { ComposeTopic } from "@/lib/compose/catalog";
import type { FormState, TextField } from "@/lib/compose/form-state";
import type { DraftErrors } from "@/lib/compose/schema";
import { FieldShell, fieldAria, inputClass } from "./field";
import { HintList } from "./hint-list";

type Props = {
  form: FormState;
  topic: ComposeTopic | undefined;
  errors: DraftErrors;
  hints: string[];
  /** Today in Moscow, known only in the browser. */
  today: string | undefined;
  onText: (field: TextField, value: string) => void;
  onBlur: (field: TextField) => void;
};

const WHAT_MAX = 3000;

/** The facts of the request: number, product, date, what happened, what to do, name. */
export function DetailFields({ form, topic, errors, hints, today, onText, onBlur }: Props) {
  const input = (field: TextField) => ({
    id: `compose-${field}`,
    "data-field": field,
    value: form[field],
    onChange: (e: { target: { value: string } }) => onText(field, e.target.value),
    onBlur: () => onBlur(field),
  });
  const sellers = form.audience === "sellers";
  const length = form.whatHappened.trim().length;
  return (
    <>
      <FieldShell
        id="compose-orderNumber"
        label={sellers ? "Номер заказа, отправления или артикул" : "Номер заказа"}
        optional={!topic?.requiresOrder}
        description="Заказ — 12345678-0012, отправление — 12345678-0012-1, артикул (SKU) — от 6 до 12 цифр. Возьмите его из личного кабинета."
        error={errors.orderNumber}
      >
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
          {...input("orderNumber")}
          {...fieldAria("compose-orderNumber", true, errors.orderNumber)}
        />
      </FieldShell>

      <FieldShell id="compose-productName" label="Товар" optional error={errors.productName}>
        <input
          type="text"
          className={inputClass}
          {...input("productName")}
          {...fieldAria("compose-productName", false, errors.productName)}
        />
      </FieldShell>

      <FieldShell
        id="compose-incidentDate"
        label="Когда это произошло"
        optional
        description="Дата события: доставки, платежа, ожидаемой выплаты."
        error={errors.incidentDate}
      >
        <input
          type="date"
          max={today}
          className={`${inputClass} max-w-xs`}
          {...input("incidentDate")}
          {...fieldAria("compose-incidentDate", true, errors.incidentDate)}
        />
      </FieldShell>

      <FieldShell
        id="compose-whatHappened"
        label="Что произошло"
        description="Конкретно и спокойно: что случилось, когда, с какими заказами или товарами. Не меньше 30 символов."
        error={errors.whatHappened}
      >
        <textarea
          rows={6}
          className={inputClass}
          {...input("whatHappened")}
          {...fieldAria("compose-whatHappened", true, errors.whatHappened)}
        />
        <p className={`text-right text-sm ${length > WHAT_MAX ? "font-semibold text-red-800" : "text-slate-600"}`}>
          {length} / {WHAT_MAX}
        </p>
      </FieldShell>
      <HintList hints={hints} />

      <FieldShell
        id="compose-expectedOutcome"
        label="Что вы просите сделать"
        description="Решение, которое вас устроит: например, проверить начисление и перечислить выплату, оформить возврат, исправить карточку."
        error={errors.expectedOutcome}
      >
        <textarea
          rows={3}
          className={inputClass}
          {...input("expectedOutcome")}
          {...fieldAria("compose-expectedOutcome", true, errors.expectedOutcome)}
        />
      </FieldShell>

      <FieldShell id="compose-name" label="Как к вам обращаться" optional error={errors.name}>
        <input
          type="text"
          autoComplete="name"
          className={inputClass}
          {...input("name")}
          {...fieldAria("compose-name", false, errors.name)}
        />
      </FieldShell>
    </>
  );
}
