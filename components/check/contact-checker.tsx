"use client";

import { useEffect, useRef, useState } from "react";
import { checkContact, type CheckEntry } from "@/lib/check";
import { CheckVerdict, type OfficialLink } from "./check-verdict";

/**
 * The query lives in ?q= so a reload or a shared link shows the same answer. The
 * input is uncontrolled: what a person types before the script has loaded is kept,
 * and a submit before then is a plain GET to this same page.
 */
export function ContactChecker({ entries, official }: { entries: CheckEntry[]; official: OfficialLink[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [submitted, setSubmitted] = useState("");

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (input.current && input.current.value === "") input.current.value = q;
    setSubmitted(q);
  }, []);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = input.current?.value ?? "";
    setSubmitted(query);
    const url = new URL(window.location.href);
    if (query.trim() === "") url.searchParams.delete("q");
    else url.searchParams.set("q", query);
    window.history.replaceState(null, "", url);
  }

  const result = checkContact(submitted, entries);
  return (
    <div className="space-y-4">
      <form
        onSubmit={submit}
        action="/check"
        method="get"
        className="flex flex-col gap-2 sm:flex-row"
        role="search"
        aria-label="Проверка контакта"
      >
        <label htmlFor="check-input" className="sr-only">
          Номер телефона или адрес почты
        </label>
        <input
          ref={input}
          id="check-input"
          name="q"
          inputMode="text"
          autoComplete="off"
          placeholder="+7 (495) 177-84-95 или name@ozon.ru"
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Проверить
        </button>
      </form>
      <div aria-live="polite" data-testid="check-result">
        <CheckVerdict result={result} official={official} />
      </div>
    </div>
  );
}
