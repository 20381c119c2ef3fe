"use client";

import { useEffect, useState } from "react";
import type { ReportSummary } from "@/lib/reports/summary";
import { readCreatedSummary, readReportSummary } from "@/lib/reports/summary-reader";
import type { FailureReason, Outcome } from "@/lib/reports/options";
import { whenIdle } from "@/components/when-idle";
import { clientToken, readSent, rememberSent, type SentReport } from "./client-store";
import { fill, type ReportTexts } from "./report-texts";

export type SendState = { kind: "idle" } | { kind: "sending" } | { kind: "saved" } | { kind: "error"; message: string };

export interface Draft {
  outcome: Outcome;
  reason?: FailureReason;
  waitMinutes?: number;
  comment?: string;
  website?: string;
}

function errorMessage(status: number, retryAfter: string | null, texts: ReportTexts["errors"]): string {
  if (status === 429) {
    const minutes = Math.max(1, Math.ceil(Number(retryAfter ?? "60") / 60));
    return fill(texts.limited, { minutes });
  }
  if (status >= 500) return texts.server;
  return texts.invalid;
}

/**
 * The widget's state: this channel's summary (fetched once the page is idle, so it never delays
 * the page), what this browser sent before, and sending. Failures become messages, never console errors.
 */
export function useReport(channel: string, errors: ReportTexts["errors"]) {
  const [summary, setSummary] = useState<ReportSummary | null>(null);
  const [sent, setSent] = useState<SentReport | null>(null);
  const [state, setState] = useState<SendState>({ kind: "idle" });

  useEffect(() => {
    const controller = new AbortController();
    const cancel = whenIdle(() => {
      // Read after hydration: the prerendered HTML cannot know what this browser sent.
      setSent(readSent(channel));
      fetch(`/api/v1/channels/${encodeURIComponent(channel)}/reports`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((value: unknown) => {
          const read = readReportSummary(value);
          if (read) setSummary(read);
        })
        .catch(() => {
          // No summary is shown when the API is unreachable; the form still works or says why not.
        });
    }, 2000);
    return () => {
      cancel();
      controller.abort();
    };
  }, [channel]);

  async function send(draft: Draft): Promise<boolean> {
    setState({ kind: "sending" });
    try {
      const body = { channel, ...draft, token: clientToken() };
      const response = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        setState({
          kind: "error",
          message: errorMessage(response.status, response.headers.get("Retry-After"), errors),
        });
        return false;
      }
      const fresh = readCreatedSummary(await response.json());
      if (fresh) setSummary(fresh);
      const record: SentReport = {
        outcome: draft.outcome,
        reason: draft.reason,
        waitMinutes: draft.waitMinutes,
        sentAt: new Date().toISOString(),
      };
      rememberSent(channel, record);
      setSent(record);
      setState({ kind: "saved" });
      return true;
    } catch {
      setState({ kind: "error", message: errors.offline });
      return false;
    }
  }

  return { summary, sent, state, send };
}
