import { PageLink } from "@/components/page-link";
import type { KeyboardEvent, Ref } from "react";
import type { SearchHit } from "@/lib/search/search";
import type { Locale } from "@/lib/i18n/locale";
import { answerPrompt, checkHref, type SearchTexts, type WayOut } from "./present";
import { ChannelFactsLine } from "./channel-facts-line";

type Props = {
  hit: SearchHit;
  texts: SearchTexts;
  locale: Locale;
  /** The number check, for its result. */
  check: WayOut;
  /** What was typed: the number check opens with it filled in. */
  query: string;
  linkRef: Ref<HTMLAnchorElement>;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
};

/**
 * One result: what it is, its title (the link), and the answer itself: a channel's value, status and
 * hours and what replaced it; for a topic or an audience, the channel it recommends, inline.
 */
export function SearchResult({ hit, texts, locale, check, query, linkRef, onKeyDown }: Props) {
  const { doc } = hit;
  return (
    <li
      className="space-y-1.5 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      data-kind={doc.kind}
      data-id={doc.id}
    >
      <p className="text-sm text-slate-700">
        <span className="font-semibold tracking-wide uppercase">{texts.kinds[doc.kind]}</span>
        {doc.detail ? <span> · {doc.detail}</span> : null}
      </p>
      <PageLink
        ref={linkRef}
        href={doc.kind === "check" ? checkHref(query, check.href) : doc.href}
        hrefLang={doc.kind === "check" ? check.hrefLang : undefined}
        onKeyDown={onKeyDown}
        className="title-link block text-lg leading-snug font-bold"
      >
        {doc.title}
      </PageLink>
      {doc.kind === "check" ? <p className="text-sm">{texts.check}</p> : null}
      {doc.channel ? <ChannelFactsLine view={doc.channel} locale={locale} /> : null}
      {/* The status badge only says «Не Ozon»; this says whose it is. */}
      {doc.notOzon ? <p className="text-sm font-medium text-slate-800">{doc.notOzon}</p> : null}
      {doc.replacement ? (
        <p className="rounded-lg border border-red-200 bg-red-50 p-2 text-sm">
          {texts.instead}{" "}
          <PageLink href={doc.replacement.href} className="font-semibold underline">
            {doc.replacement.title}
          </PageLink>
        </p>
      ) : null}
      {doc.answer ? (
        <div className="space-y-1 rounded-lg bg-slate-50 p-2" data-testid="search-answer">
          <p className="text-sm">
            {answerPrompt(doc, texts.answer)}{" "}
            <PageLink href={doc.answer.href} className="font-semibold underline">
              {doc.answer.title}
            </PageLink>
          </p>
          <ChannelFactsLine view={doc.answer} locale={locale} />
        </div>
      ) : null}
    </li>
  );
}
