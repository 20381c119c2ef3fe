"use client";

import { useEffect, useRef, useState } from "react";
import type { ComposeAudience, ComposeCatalog } from "@/lib/compose/catalog";
import { withAudience, withTopic } from "@/lib/compose/deep-link";
import type { EvidenceId } from "@/lib/compose/attachments";
import { type FormState, type TextField } from "@/lib/compose/form-state";
import { moscowDay } from "@/lib/hours/calendar";
import { draftHints } from "@/lib/compose/hints";
import { composeRequest } from "@/lib/compose/request";
import { type DraftErrors, draftFields, type DraftField, validateDraft } from "@/lib/compose/schema";
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/text/fill";
import { ChoiceFields } from "./choice-fields";
import { ComposeOutput } from "./compose-output";
import { DetailFields } from "./detail-fields";
import { DraftNotice } from "./draft-notice";
import { EvidenceFields } from "./evidence-fields";
import { ResetDraft } from "./reset-draft";
import { useAfterClick } from "./use-after-click";
import type { DraftState } from "./use-draft";
import type { ComposeWords } from "./words";

function focusField(field: DraftField) {
  document.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
}

type Props = { catalog: ComposeCatalog; words: ComposeWords; locale: Locale; draft: DraftState };

/** The request composer: the form, live advice, and the finished text once it validates. */
export function ComposerForm({ catalog, words, locale, draft }: Props) {
  const { form, status, storageOk, today, clear } = draft;
  const [errors, setErrors] = useState<DraftErrors>({});
  const [shown, setShown] = useState(false);
  const [cleared, setCleared] = useState(false);
  // Starting over also forgets what the fields keep of their own (an ask's "own words" choice).
  const [resets, setResets] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [focusResult, setFocusResult] = useState(0);
  const afterClick = useAfterClick();
  const latest = useRef(form);

  useEffect(() => {
    latest.current = form;
  }, [form]);
  useEffect(() => {
    if (focusResult > 0) resultRef.current?.focus();
  }, [focusResult]);

  const topic = catalog.topics.find((t) => t.id === form.topicId);
  const channel = topic?.channels.find((c) => c.id === form.channelId);

  function validate(f: FormState) {
    const requiresOrder = catalog.topics.find((t) => t.id === f.topicId)?.requiresOrder ?? false;
    return validateDraft(f, { today: moscowDay(new Date()), requiresOrder, messages: words.errors });
  }

  /** Fields that already show a message are checked again, so they clear as soon as they are fixed. */
  function change(update: (f: FormState) => FormState) {
    const next = update(form);
    draft.setForm(next);
    setCleared(false);
    setErrors((prev) => {
      const shownFields = draftFields.filter((f) => prev[f] !== undefined);
      if (shownFields.length === 0) return prev;
      const r = validate(next);
      return Object.fromEntries(shownFields.map((f) => [f, r.ok ? undefined : r.errors[f]]));
    });
  }

  /** On blur; after the click that moved focus, if any, and against the form as it is by then. */
  function check(field: DraftField) {
    afterClick(() => {
      const r = validate(latest.current);
      setErrors((prev) => ({ ...prev, [field]: r.ok ? undefined : r.errors[field] }));
    });
  }

  function submit(e: { preventDefault: () => void }) {
    e.preventDefault();
    const r = validate(form);
    if (!r.ok) {
      setErrors(r.errors);
      const first = draftFields.find((f) => r.errors[f] !== undefined);
      if (first) focusField(first);
      return;
    }
    setErrors({});
    setShown(true);
    setFocusResult((n) => n + 1);
  }

  function reset() {
    clear();
    setErrors({});
    setShown(false);
    setCleared(true);
    setResets((n) => n + 1);
    // The form's first choice: who you are, or the topic where the composer is for one audience.
    document.querySelector<HTMLElement>("[data-field]")?.focus();
  }

  const result = shown ? validate(form) : null;
  const request = result?.ok && topic ? composeRequest(result.draft, topic, channel, catalog.writtenIn) : null;
  const hints =
    status === "loading"
      ? []
      : draftHints(
          {
            whatHappened: form.whatHappened,
            orderNumber: form.orderNumber,
            requiresOrder: (topic?.suggestsOrder ?? false) && errors.orderNumber === undefined,
          },
          words.hints.texts,
        );
  const errorCount = draftFields.filter((f) => errors[f] !== undefined).length;

  return (
    <div className="space-y-6">
      <DraftNotice status={status} storageOk={storageOk} cleared={cleared} words={words.draft} />
      <form noValidate onSubmit={submit} aria-label={words.label} data-ready={status !== "loading" || undefined}>
        <fieldset disabled={status === "loading"} className="min-w-0 space-y-5">
          <ChoiceFields
            form={form}
            topics={catalog.topics}
            errors={errors}
            words={words}
            onAudience={(a: ComposeAudience) => change((f) => withAudience(f, a, catalog.topics))}
            onTopic={(id) => change((f) => withTopic(f, id, catalog.topics))}
            onChannel={(id) => change((f) => ({ ...f, channelId: id }))}
            onBlur={check}
          />
          <DetailFields
            key={resets}
            form={form}
            topic={topic}
            errors={errors}
            hints={hints}
            today={today}
            words={words}
            onText={(field: TextField, value) => change((f) => ({ ...f, [field]: value }))}
            onBlur={check}
          />
          <EvidenceFields
            suited={topic?.evidence ?? []}
            checked={form.evidence}
            words={words.evidence}
            onToggle={(id: EvidenceId, on) =>
              change((f) => ({
                ...f,
                evidence: on ? [...f.evidence.filter((e) => e !== id), id] : f.evidence.filter((e) => e !== id),
              }))
            }
          />
          <p aria-live="assertive" className="font-medium text-red-800">
            {errorCount > 0 ? fill(words.checkFields, { count: errorCount }) : ""}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
            >
              {words.submit}
            </button>
            <ResetDraft onReset={reset} words={words.reset} />
          </div>
        </fieldset>
      </form>
      {shown ? (
        <ComposeOutput
          request={request}
          channel={channel}
          noAnswer={catalog.noAnswer[form.audience === "buyers" ? "buyers" : "sellers"]}
          hasEvidence={form.evidence.length > 0}
          headingRef={resultRef}
          words={words}
          locale={locale}
          writtenIn={catalog.writtenIn}
        />
      ) : null}
    </div>
  );
}
