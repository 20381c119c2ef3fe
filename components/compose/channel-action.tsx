"use client";

import { useState } from "react";
import type { ComposeChannel } from "@/lib/compose/catalog";
import type { ComposedRequest } from "@/lib/compose/request";
import { CopyButton } from "@/components/copy-button";
import { copyMessages, copyText, type CopyResult } from "./copy";

type Props = {
  channel: ComposeChannel;
  request: ComposedRequest;
  hasEvidence: boolean;
  textarea: () => HTMLTextAreaElement | null;
};

const primary = "inline-block rounded-lg bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark";

/** What the button opens: as its object («открыть форму») and as a subject («форма откроется»). */
const openWhat: Partial<Record<ComposeChannel["kind"], { object: string; subject: string }>> = {
  chat: { object: "чат", subject: "чат" },
  "web-form": { object: "форму", subject: "форма" },
  social: { object: "страницу", subject: "страница" },
  messenger: { object: "мессенджер", subject: "мессенджер" },
  app: { object: "приложение", subject: "приложение" },
};

function Steps({ items }: { items: string[] }) {
  return (
    <ol className="ml-5 list-decimal space-y-1">
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ol>
  );
}

const pasteStep =
  "Нажмите на поле сообщения и вставьте текст: на телефоне — долгое нажатие и «Вставить», на компьютере — Ctrl+V (⌘V на Mac).";

/** How to send the text through the chosen channel: a letter, a chat, an app or a call. */
export function ChannelAction({ channel, request, hasEvidence, textarea }: Props) {
  const [copied, setCopied] = useState<CopyResult | null>(null);
  const attach = hasEvidence ? ["Прикрепите файлы из списка «Прилагаю»."] : [];
  const record = "Запишите номер обращения — он пригодится, если придётся писать повторно.";

  if (channel.kind === "email" && request.mailto && channel.value) {
    return (
      <div className="space-y-3">
        <a href={request.mailto} className={primary} data-testid="compose-mailto">
          Открыть письмо
        </a>
        <Steps
          items={[
            "Нажмите «Открыть письмо»: почтовая программа откроется с готовыми адресом, темой и текстом.",
            ...attach,
            "Если письмо не открылось или текст в нём обрезан, скопируйте текст и отправьте его вручную.",
          ]}
        />
        <dl className="space-y-2 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <dt className="font-semibold">Адрес:</dt>
            <dd>{channel.value}</dd>
            <CopyButton text={channel.value} label={`адрес ${channel.value}`} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <dt className="font-semibold">Тема:</dt>
            <dd>{request.subject}</dd>
            <CopyButton text={request.subject} label="тему письма" />
          </div>
        </dl>
      </div>
    );
  }

  if (channel.kind === "phone" && channel.href) {
    return (
      <div className="space-y-2">
        <a href={channel.href} className={primary}>
          Позвонить
        </a>
        <p className="text-sm">Держите текст перед глазами во время звонка: так вы ничего не забудете.</p>
      </div>
    );
  }

  const where = channel.location ? [`Где найти: ${channel.location}`] : [];
  const category = channel.category ? [`Выберите категорию «${channel.category}».`] : [];
  const what = openWhat[channel.kind] ?? { object: "канал", subject: "канал" };
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
          Скопировать и открыть {what.object}
          <span className="sr-only"> (откроется в новой вкладке)</span>
        </a>
        <p aria-live="polite" className="text-sm">
          {copied ? copyMessages[copied] : ""}
        </p>
        <Steps
          items={[
            `Нажмите «Скопировать и открыть ${what.object}»: текст попадёт в буфер обмена, а ${what.subject} откроется в новой вкладке.`,
            ...where,
            ...category,
            pasteStep,
            ...attach,
            record,
          ]}
        />
      </div>
    );
  }

  return <Steps items={["Нажмите «Скопировать текст».", ...where, ...category, pasteStep, ...attach, record]} />;
}
