"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import {
  FAILURE_REASONS,
  MAX_COMMENT_LENGTH,
  MAX_WAIT_MINUTES,
  OUTCOMES,
  type FailureReason,
} from "@/lib/reports/options";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/hours/calendar";
import { FormOutcomeMessages } from "./form-outcome-messages";
import { fill, summaryLines, type ReportTexts } from "./report-texts";
import { useReport, type Draft } from "./use-report";

const choiceClass =
  "min-h-11 rounded-lg border-2 border-brand px-4 py-2 font-semibold aria-pressed:bg-brand aria-pressed:text-white";

function asReason(value: FormDataEntryValue | null): FailureReason | undefined {
  return FAILURE_REASONS.find((r) => r === value);
}

/** One labelled detail of the form. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The report the form holds, read the way the server reads the same form without scripts. */
function draftFrom(form: HTMLFormElement, outcome: Draft["outcome"]): Draft {
  const data = new FormData(form);
  const wait = String(data.get("waitMinutes") ?? "").trim();
  const minutes = wait === "" ? undefined : Number(wait);
  return {
    outcome,
    reason: outcome === "failed" ? asReason(data.get("reason")) : undefined,
    waitMinutes: outcome === "reached" && Number.isInteger(minutes) ? minutes : undefined,
    comment: String(data.get("comment") ?? "").trim() || undefined,
    website: String(data.get("website") ?? "") || undefined,
  };
}

/**
 * "Did it work?": a real form that posts to the API, so it works before scripts load and without them
 * (the server answers with a 303 back here, to a static message). Once React runs, the same buttons
 * send it with fetch and the page stays; above it, what visitors reported in the last 30 days.
 * `texts` are in `locale`'s language, which also writes the dates and the plurals.
 */
export function ReportWidget({
  channelId,
  channelTitle,
  texts,
  locale,
}: {
  channelId: string;
  channelTitle: string;
  texts: ReportTexts;
  locale: Locale;
}) {
  const id = useId();
  const { summary, sent, state, send } = useReport(channelId, texts.errors);
  const [chosen, setChosen] = useState<Draft["outcome"] | null>(null);
  const pressed = chosen ?? sent?.outcome ?? null;
  const text = summary ? summaryLines(summary, texts.summary, locale) : null;

  // Taps while a report is on its way are ignored rather than disabling the buttons, which would drop keyboard focus.
  function submit(event: FormEvent<HTMLFormElement>) {
    // Read through Reflect: browsers without SubmitEvent have no `submitter`, and then the form posts itself.
    const submitter: unknown = Reflect.get(event.nativeEvent, "submitter");
    const outcome = submitter instanceof HTMLButtonElement ? OUTCOMES.find((o) => o === submitter.value) : undefined;
    if (!outcome) return;
    event.preventDefault();
    if (state.kind === "sending") return;
    setChosen(outcome);
    void send(draftFrom(event.currentTarget, outcome));
  }

  return (
    <section
      id="reports"
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 space-y-3 rounded-xl border border-slate-300 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {texts.title}
      </h2>
      {text ? (
        <div className="space-y-1 text-sm" data-testid="reports-summary">
          {text.warning ? (
            <p
              className="rounded-lg border border-amber-600 bg-amber-50 p-2 font-semibold"
              data-testid="reports-warning"
            >
              {text.warning}
            </p>
          ) : null}
          {text.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <FormOutcomeMessages texts={texts.formOutcomes} />
      <form method="post" action="/api/v1/reports" onSubmit={submit} className="space-y-3">
        <input type="hidden" name="channel" value={channelId} />
        <fieldset className="space-y-2">
          <legend className="font-semibold">{fill(texts.question, { channel: channelTitle })}</legend>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="outcome"
              value="reached"
              className={choiceClass}
              aria-pressed={pressed ? pressed === "reached" : undefined}
            >
              {texts.yes}
            </button>
            <button
              type="submit"
              name="outcome"
              value="failed"
              className={choiceClass}
              aria-pressed={pressed ? pressed === "failed" : undefined}
            >
              {texts.no}
            </button>
          </div>
        </fieldset>
        {sent ? (
          <p className="text-sm text-slate-700" data-testid="reports-sent">
            {fill(texts.sent, {
              date: formatDate(sent.sentAt.slice(0, 10), locale),
              outcome: texts.sentOutcome[sent.outcome],
            })}
          </p>
        ) : (
          <p className="text-sm text-slate-700">{texts.anonymous}</p>
        )}
        <details className="space-y-3">
          <summary className="cursor-pointer text-sm font-semibold underline">{texts.details}</summary>
          <div className="space-y-3 pt-2">
            <Field id={`${id}-reason`} label={texts.reason}>
              <select
                id={`${id}-reason`}
                name="reason"
                defaultValue=""
                className="w-full rounded-lg border border-slate-400 bg-white p-2"
              >
                <option value="">{texts.noReason}</option>
                {FAILURE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {texts.reasons[r]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${id}-wait`} label={texts.wait}>
              <input
                id={`${id}-wait`}
                name="waitMinutes"
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_WAIT_MINUTES}
                step={1}
                className="w-32 rounded-lg border border-slate-400 p-2"
              />
            </Field>
            <Field id={`${id}-comment`} label={texts.comment}>
              <textarea
                id={`${id}-comment`}
                name="comment"
                maxLength={MAX_COMMENT_LENGTH}
                rows={3}
                className="w-full rounded-lg border border-slate-400 p-2"
              />
            </Field>
            <p className="text-sm text-slate-700">{texts.detailsNote}</p>
          </div>
        </details>
        {/* A honeypot: hidden from people and assistive technology, filled in by form-spamming bots. */}
        <div hidden>
          <label htmlFor={`${id}-website`}>{texts.website}</label>
          <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <p role="status" className="text-sm font-semibold" data-testid="reports-status">
          {state.kind === "sending"
            ? texts.sending
            : state.kind === "saved"
              ? texts.saved
              : state.kind === "error"
                ? state.message
                : ""}
        </p>
      </form>
    </section>
  );
}
