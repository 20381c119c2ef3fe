import type { ComposeTopic } from "@/lib/compose/catalog";
import type { FormState, TextField } from "@/lib/compose/form-state";
import type { DraftErrors } from "@/lib/compose/schema";
import { AskField } from "./ask-field";
import { FieldShell, fieldAria, inputClass } from "./field";
import { HintList } from "./hint-list";
import type { ComposeWords } from "./words";

type Props = {
  form: FormState;
  topic: ComposeTopic | undefined;
  errors: DraftErrors;
  hints: string[];
  /** Today in Moscow, known only in the browser. */
  today: string | undefined;
  words: ComposeWords;
  onText: (field: TextField, value: string) => void;
  onBlur: (field: TextField) => void;
};

const WHAT_MAX = 3000;

/** The facts of the request: number, product, date, what happened, what to do, name. */
export function DetailFields({ form, topic, errors, hints, today, words, onText, onBlur }: Props) {
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
        label={sellers ? words.order.sellers : words.order.buyers}
        optional={topic?.requiresOrder ? undefined : words.optional}
        description={words.order.description}
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

      <FieldShell id="compose-productName" label={words.product} optional={words.optional} error={errors.productName}>
        <input
          type="text"
          className={inputClass}
          {...input("productName")}
          {...fieldAria("compose-productName", false, errors.productName)}
        />
      </FieldShell>

      <FieldShell
        id="compose-incidentDate"
        label={words.date.label}
        optional={words.optional}
        description={words.date.description}
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
        label={words.what.label}
        description={words.what.description}
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
      <HintList hints={hints} title={words.hints.title} />

      {topic?.asks ? (
        <AskField
          asks={topic.asks}
          value={form.expectedOutcome}
          error={errors.expectedOutcome}
          words={words.ask}
          onChange={(value) => onText("expectedOutcome", value)}
          onBlur={() => onBlur("expectedOutcome")}
        />
      ) : (
        <FieldShell
          id="compose-expectedOutcome"
          label={words.expected.label}
          description={words.expected.description}
          error={errors.expectedOutcome}
        >
          <textarea
            rows={3}
            className={inputClass}
            {...input("expectedOutcome")}
            {...fieldAria("compose-expectedOutcome", true, errors.expectedOutcome)}
          />
        </FieldShell>
      )}

      <FieldShell id="compose-name" label={words.name} optional={words.optional} error={errors.name}>
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
