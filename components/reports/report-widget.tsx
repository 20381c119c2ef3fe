"use client";

import { useId, useState, type FormEvent } from "react";
import {
  FAILURE_REASONS,
  MAX_COMMENT_LENGTH,
  MAX_WAIT_MINUTES,
  failureReasonLabel,
  type FailureReason,
  type Outcome,
} from "@/lib/reports/options";
import { summaryText } from "@/lib/reports/summary-text";
import { formatDateRu } from "@/lib/text";
import { useReport } from "./use-report";

const choiceClass =
  "min-h-11 rounded-lg border-2 border-brand px-4 py-2 font-semibold aria-pressed:bg-brand aria-pressed:text-white disabled:opacity-60";

function asReason(value: string): FailureReason | undefined {
  return FAILURE_REASONS.find((r) => r === value);
}

/**
 * "Did it work?": one tap saves yes or no; the reason, the wait and a comment can follow and update the
 * same report. Above it, what visitors reported in the last 30 days, loaded after the page is idle.
 */
export function ReportWidget({ channelId, channelTitle }: { channelId: string; channelTitle: string }) {
  const id = useId();
  const { summary, sent, state, send } = useReport(channelId);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState("");
  const [wait, setWait] = useState("");
  const [comment, setComment] = useState("");
  const [website, setWebsite] = useState("");
  const chosen = outcome ?? sent?.outcome ?? null;
  const text = summary ? summaryText(summary) : null;

  function draft(choice: Outcome) {
    const minutes = wait.trim() === "" ? undefined : Number(wait);
    return {
      outcome: choice,
      reason: choice === "failed" ? asReason(reason) : undefined,
      waitMinutes: choice === "reached" && Number.isInteger(minutes) ? minutes : undefined,
      comment: comment.trim() || undefined,
      website: website || undefined,
    };
  }

  // Taps while a report is on its way are ignored rather than disabling the buttons, which would drop keyboard focus.
  function choose(choice: Outcome) {
    if (state.kind === "sending") return;
    setOutcome(choice);
    void send(draft(choice));
  }

  function submitDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen && state.kind !== "sending") void send(draft(chosen));
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        Получилось связаться?
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
      <form onSubmit={submitDetails} className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="font-semibold">Удалось дозваться человека через «{channelTitle}»?</legend>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={choiceClass}
              aria-pressed={chosen === "reached"}
              onClick={() => choose("reached")}
            >
              Да, ответил человек
            </button>
            <button
              type="button"
              className={choiceClass}
              aria-pressed={chosen === "failed"}
              onClick={() => choose("failed")}
            >
              Нет
            </button>
          </div>
        </fieldset>
        {sent ? (
          <p className="text-sm text-slate-700" data-testid="reports-sent">
            Ваш ответ от {formatDateRu(sent.sentAt.slice(0, 10))}:{" "}
            {sent.outcome === "reached" ? "получилось" : "не получилось"}. Можно изменить его или дополнить — новый
            ответ заменит прежний.
          </p>
        ) : (
          <p className="text-sm text-slate-700">Без регистрации и личных данных.</p>
        )}
        {chosen ? (
          <div className="space-y-3">
            {chosen === "failed" ? (
              <div className="space-y-1">
                <label htmlFor={`${id}-reason`} className="block text-sm font-semibold">
                  Что пошло не так? (необязательно)
                </label>
                <select
                  id={`${id}-reason`}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  className="w-full rounded-lg border border-slate-400 bg-white p-2"
                >
                  <option value="">Не указывать</option>
                  {FAILURE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {failureReasonLabel[r]}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <div className="space-y-1">
                <label htmlFor={`${id}-wait`} className="block text-sm font-semibold">
                  Сколько минут ждали ответа человека? (необязательно)
                </label>
                <input
                  id={`${id}-wait`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_WAIT_MINUTES}
                  step={1}
                  value={wait}
                  onChange={(e) => setWait(e.target.value)}
                  className="w-32 rounded-lg border border-slate-400 p-2"
                />
              </div>
            )}
            <div className="space-y-1">
              <label htmlFor={`${id}-comment`} className="block text-sm font-semibold">
                Комментарий для редакции (необязательно, не публикуется)
              </label>
              <textarea
                id={`${id}-comment`}
                maxLength={MAX_COMMENT_LENGTH}
                rows={3}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                className="w-full rounded-lg border border-slate-400 p-2"
              />
            </div>
            <button type="submit" className="button-primary-sm">
              Дополнить ответ
            </button>
          </div>
        ) : null}
        {/* A honeypot: hidden from people and assistive technology, filled in by form-spamming bots. */}
        <div hidden>
          <label htmlFor={`${id}-website`}>Сайт</label>
          <input
            id={`${id}-website`}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
          />
        </div>
        <p role="status" className="text-sm font-semibold" data-testid="reports-status">
          {state.kind === "sending"
            ? "Отправляем…"
            : state.kind === "saved"
              ? "Спасибо, сохранено."
              : state.kind === "error"
                ? state.message
                : ""}
        </p>
      </form>
    </section>
  );
}
