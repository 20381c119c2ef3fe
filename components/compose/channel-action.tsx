"use client";

import { useState } from "react";
import type { ComposeChannel } from "@/lib/compose/catalog";
import type { ComposedRequest } from "@/lib/compose/request";
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/text/fill";
import { CopyButton } from "@/components/copy-button";
import { copyText, type CopyResult } from "./copy";
import type { ComposeWords } from "./words";

type Words = ComposeWords["action"];

type Props = {
  channel: ComposeChannel;
  request: ComposedRequest;
  hasEvidence: boolean;
  textarea: () => HTMLTextAreaElement | null;
  words: Words;
  copyMessages: Readonly<Record<CopyResult, string>>;
  locale: Locale;
};

const primary = "inline-block rounded-lg bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark";

/** What the button opens: as its object («открыть форму») and as a subject («форма откроется»). */
function opens(open: Words["open"], kind: ComposeChannel["kind"]): Words["open"]["other"] {
  switch (kind) {
    case "chat":
    case "web-form":
    case "social":
    case "messenger":
    case "app":
      return open[kind];
    default:
      return open.other;
  }
}

function Steps({ items }: { items: string[] }) {
  return (
    <ol className="ml-5 list-decimal space-y-1">
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ol>
  );
}

/** How to send the text through the chosen channel: a letter, a chat, an app or a call. */
export function ChannelAction({ channel, request, hasEvidence, textarea, words, copyMessages, locale }: Props) {
  const [copied, setCopied] = useState<CopyResult | null>(null);
  const attach = hasEvidence ? [words.attach] : [];
  // The subject is part of the Russian request.
  const russian = locale === "ru" ? undefined : "ru";

  if (channel.kind === "email" && request.mailto && channel.value) {
    return (
      <div className="space-y-3">
        <a href={request.mailto} className={primary} data-testid="compose-mailto">
          {words.openMail}
        </a>
        <Steps items={[words.mailOpen, ...attach, words.mailFallback]} />
        <dl className="space-y-2 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <dt className="font-semibold">{words.address}</dt>
            <dd>{channel.value}</dd>
            <CopyButton
              text={channel.value}
              label={fill(words.copyAddress, { value: channel.value })}
              locale={locale}
            />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <dt className="font-semibold">{words.subject}</dt>
            <dd lang={russian}>{request.subject}</dd>
            <CopyButton text={request.subject} label={words.copySubject} locale={locale} />
          </div>
        </dl>
      </div>
    );
  }

  if (channel.kind === "phone" && channel.href) {
    return (
      <div className="space-y-2">
        <a href={channel.href} className={primary}>
          {words.call}
        </a>
        <p className="text-sm">{words.callNote}</p>
      </div>
    );
  }

  const where = channel.location ? [fill(words.where, { location: channel.location })] : [];
  const category = channel.category
    ? [fill(words.category, { category: channel.category, ru: channel.russian?.category ?? channel.category })]
    : [];
  const what = opens(words.open, channel.kind);
  if (channel.href?.startsWith("https://")) {
    return (
      <div className="space-y-3">
        <a
          href={channel.href}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => {
            void copyText(request.text, textarea()).then(setCopied);
          }}
          className={primary}
          data-testid="compose-open-channel"
        >
          {fill(words.copyOpen, { object: what.object })}
          <span className="sr-only">{words.newTab}</span>
        </a>
        <p aria-live="polite" className="text-sm">
          {copied ? copyMessages[copied] : ""}
        </p>
        <Steps items={[fill(words.copyOpenStep, what), ...where, ...category, words.paste, ...attach, words.record]} />
      </div>
    );
  }

  return <Steps items={[words.copyStep, ...where, ...category, words.paste, ...attach, words.record]} />;
}
