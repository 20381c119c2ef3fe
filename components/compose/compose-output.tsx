"use client";

import { type RefObject, useRef, useState } from "react";
import type { ComposeCatalog, ComposeChannel } from "@/lib/compose/catalog";
import type { ComposedRequest } from "@/lib/compose/request";
import type { Locale } from "@/lib/i18n/locale";
import { ChannelAction } from "./channel-action";
import { copyText, type CopyResult } from "./copy";
import { FollowUpInfo } from "./follow-up-info";
import type { ComposeWords } from "./words";

type Props = {
  /** null while the form has errors. */
  request: ComposedRequest | null;
  channel: ComposeChannel | undefined;
  noAnswer: string[];
  hasEvidence: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  words: ComposeWords;
  locale: Locale;
  writtenIn: ComposeCatalog["writtenIn"];
};

/** The finished request, ways to send it, and what to expect. */
export function ComposeOutput({
  request,
  channel,
  noAnswer,
  hasEvidence,
  headingRef,
  words,
  locale,
  writtenIn,
}: Props) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<CopyResult | null>(null);
  const [sentAt] = useState(() => new Date());
  const w = words.output;
  // The request is Russian whatever language the page is in.
  const russian = locale === "ru" ? undefined : "ru";
  return (
    <section aria-labelledby="compose-result" className="space-y-4 rounded-xl border-2 border-brand bg-white p-4">
      <h2 id="compose-result" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {w.title}
      </h2>
      {request ? (
        <>
          {writtenIn ? <p>{w.about}</p> : null}
          {channel?.page ? (
            <p>
              {`${w.sendTo} `}
              <a href={channel.page.href} hrefLang={channel.page.hrefLang} className="underline">
                {channel.title}
              </a>
              .
            </p>
          ) : null}
          <label htmlFor="compose-text" className="sr-only">
            {w.textLabel}
          </label>
          <textarea
            id="compose-text"
            ref={textRef}
            readOnly
            lang={russian}
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
              {w.copy}
            </button>
            <p aria-live="polite" className="text-sm" data-testid="compose-copy-status">
              {copied ? w[copied] : ""}
            </p>
          </div>
          {channel ? (
            <ChannelAction
              channel={channel}
              request={request}
              hasEvidence={hasEvidence}
              textarea={() => textRef.current}
              words={words.action}
              copyMessages={w}
              locale={locale}
            />
          ) : null}
          {channel ? (
            <FollowUpInfo
              channel={channel}
              noAnswer={noAnswer}
              sentAt={sentAt}
              words={words.followUp}
              locale={locale}
            />
          ) : null}
        </>
      ) : (
        <p>{w.invalid}</p>
      )}
    </section>
  );
}
