"use client";

import { parseAsString, useQueryState } from "nuqs";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import { checkContact, type CheckEntry, type SenderName } from "@/lib/check/match";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { UrlState } from "../url-state";
import { CheckForm } from "./check-form";
import { CheckVerdict, type CheckTexts, type OfficialLink } from "./check-verdict";

const queryParam = parseAsString.withDefault("");

type Checks = { check: (text: string) => void };
type VerdictProps = {
  entries: CheckEntry[];
  senders: SenderName[];
  official: OfficialLink[];
  texts: CheckTexts;
  locale: Locale;
};

/** The answer for ?q=; only this part waits for the address, so the form above is in the static HTML. */
function LiveVerdict({
  ref,
  onQuery,
  entries,
  senders,
  official,
  texts,
  locale,
}: VerdictProps & { ref: Ref<Checks>; onQuery: (query: string) => void }) {
  const [query, setQuery] = useQueryState("q", queryParam);
  useImperativeHandle(ref, () => ({ check: (text) => void setQuery(text.trim() === "" ? null : text) }), [setQuery]);

  useEffect(() => onQuery(query), [onQuery, query]);

  return (
    <div aria-live="polite" data-testid="check-result">
      <CheckVerdict result={checkContact(query, entries, senders)} official={official} texts={texts} locale={locale} />
    </div>
  );
}

/** The query lives in ?q= so a reload or a shared link shows the same answer. */
export function ContactChecker(props: VerdictProps) {
  const input = useRef<HTMLInputElement>(null);
  const verdict = useRef<Checks>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    // Until the answer has read the address, the form's own GET does the same job.
    if (!verdict.current) return;
    event.preventDefault();
    verdict.current.check(input.current?.value ?? "");
  }

  /** A reload or a shared link shows its query in the field, unless something was typed there first. */
  function showQuery(query: string) {
    const field = input.current;
    if (field && field.value === "") field.value = query;
  }

  return (
    <div className="space-y-4">
      <CheckForm action={localePath(props.locale, "/check")} texts={props.texts} inputRef={input} onSubmit={submit} />
      <UrlState fallback={<div aria-live="polite" data-testid="check-result" />}>
        <LiveVerdict ref={verdict} onQuery={showQuery} {...props} />
      </UrlState>
    </div>
  );
}
