"use client";

import { type RefObject, useRef, useState } from "react";
import type { ComposeChannel } from "@/lib/compose/catalog";
import type { ComposedRequest } from "@/lib/compose/request";
import { ChannelAction } from "./channel-action";
import { copyMessages, copyText, type CopyResult } from "./copy";
import { FollowUpInfo } from "./follow-up-info";

type Props = {
  /** null while the form has errors. */
  request: ComposedRequest | null;
  channel: ComposeChannel | undefined;
  noAnswer: string[];
  hasEvidence: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The finished request, ways to send it, and what to expect. */
export function ComposeOutput({ request, channel, noAnswer, hasEvidence, headingRef }: Props) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<CopyResult | null>(null);
  const [sentAt] = useState(() => new Date());
  return (
    <section aria-labelledby="compose-result" className="space-y-4 rounded-xl border-2 border-brand bg-white p-4">
      <h2 id="compose-result" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        Готовый текст
      </h2>
      {request ? (
        <>
          <label htmlFor="compose-text" className="sr-only">
            Текст обращения
          </label>
          <textarea
            id="compose-text"
            ref={textRef}
            readOnly
            value={request.text}
            rows={Math.min(30, request.text.split("\n").length + 2)}
            className="[field-sizing:content] w-full rounded-lg border border-slate-400 bg-slate-50 p-3 text-base"
            data-testid="compose-text"
          />
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => {
                void copyText(request.text, textRef.current).then(setCopied);
              }}
              className="rounded-lg border border-brand bg-white px-4 py-2 font-semibold text-brand-dark hover:bg-blue-50"
            >
              Скопировать текст
            </button>
            <p aria-live="polite" className="text-sm" data-testid="compose-copy-status">
              {copied ? copyMessages[copied] : ""}
            </p>
          </div>
          {channel ? (
            <ChannelAction
              channel={channel}
              request={request}
              hasEvidence={hasEvidence}
              textarea={() => textRef.current}
            />
          ) : null}
          {channel ? <FollowUpInfo channel={channel} noAnswer={noAnswer} sentAt={sentAt} /> : null}
        </>
      ) : (
        <p>В форме есть ошибки. Исправьте их и нажмите «Составить текст» ещё раз.</p>
      )}
    </section>
  );
}
