"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useSearchParams } from "next/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { looksLikePhone } from "@/lib/phone";
import { resultCount } from "@/lib/search/present";
import type { SearchOutcome } from "@/lib/search/search";
import { useSearcher } from "./use-searcher";
import { ResultList, RESULTS_ID } from "./result-list";
import { SearchHints, type AudienceLink } from "./search-hints";
import { SearchBox } from "./search-box";

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const DEBOUNCE_MS = 150;

const NO_OUTCOME: SearchOutcome = { hits: [], readAs: null };

function urlFor(query: string): string {
  const q = query.slice(0, MAX_QUERY_LENGTH);
  return q.trim() === "" ? "/search" : `/search?${new URLSearchParams({ q }).toString()}`;
}

/**
 * The live search: results follow the box as you type, and the query lives in the
 * URL (/search?q=…), so a shared link shows the same results on load.
 */
export function SearchApp({ audiences }: { audiences: readonly AudienceLink[] }) {
  const urlQuery = useSearchParams().get("q") ?? "";
  const [input, setInput] = useState(urlQuery);
  const [query, setQuery] = useState(urlQuery);
  const written = useRef(urlQuery);
  const box = useRef<HTMLInputElement>(null);
  const state = useSearcher(input.trim() !== "");

  // Typing settles into the query after a pause; clearing is applied at once by the handlers.
  useEffect(() => {
    if (input.trim() === "") return;
    const timer = window.setTimeout(() => setQuery(input), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    const url = urlFor(query);
    written.current = new URL(url, window.location.origin).searchParams.get("q") ?? "";
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, "", url);
  }, [query]);

  // A link to /search?q=… followed while already here: take the new query.
  useEffect(() => {
    if (urlQuery === written.current) return;
    written.current = urlQuery;
    setInput(urlQuery);
    setQuery(urlQuery);
  }, [urlQuery]);

  const { hits, readAs } = useMemo(
    () => (state.status === "ready" && query.trim() !== "" ? state.searcher.run(query) : NO_OUTCOME),
    [state, query],
  );

  const clear = (): void => {
    setInput("");
    setQuery("");
    box.current?.focus();
  };
  const onChange = (value: string): void => {
    setInput(value);
    if (value.trim() === "") setQuery("");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setQuery(input);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      clear();
    } else if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      document.getElementById(RESULTS_ID)?.querySelector("a")?.focus();
    }
  };

  const searching = query.trim() !== "";
  const nothingFound = searching && state.status === "ready" && hits.length === 0;
  const status = !searching
    ? ""
    : state.status === "loading"
      ? "Загружаем поиск…"
      : state.status === "error"
        ? "Поиск не загрузился. Обновите страницу или выберите раздел ниже."
        : hits.length > 0
          ? `Нашли ${resultCount(hits.length)}`
          : "Ничего не нашли";

  return (
    <div className="space-y-4">
      <SearchBox
        ref={box}
        value={input}
        autoFocus={urlQuery === ""}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onSubmit={onSubmit}
        controls={hits.length > 0 ? RESULTS_ID : undefined}
      />
      {/* When nothing is found the hints below say so visibly; the status line is for screen readers then. */}
      <p role="status" className={nothingFound ? "sr-only" : "min-h-6 text-sm text-slate-700"}>
        {status}
      </p>
      {readAs ? (
        <p className="text-sm" data-testid="search-read-as">
          Похоже, запрос набран в другой раскладке или латиницей. Ищем: <strong>«{readAs}»</strong>
        </p>
      ) : null}
      {hits.length > 0 ? <ResultList hits={hits} input={box} onClear={clear} /> : null}
      {!searching || state.status === "error" ? <SearchHints audiences={audiences} /> : null}
      {nothingFound ? <SearchHints audiences={audiences} missed={query.trim()} phone={looksLikePhone(query)} /> : null}
    </div>
  );
}
