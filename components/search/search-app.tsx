"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { parseAsString, useQueryState } from "nuqs";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { looksLikePhone } from "@/lib/phone";
import { resultCount, STATUS_LINE } from "./present";
import type { SearchOutcome } from "@/lib/search/search";
import { useSearcher } from "./use-searcher";
import { ResultList, RESULTS_ID } from "./result-list";
import { SearchHints, type AudienceLink } from "./search-hints";
import { SEARCH_INPUT_ID, SearchBox } from "./search-box";

/**
 * The query lives in the URL (/search?q=…): a shared link or a reload shows the same results. The URL is
 * replaced, not pushed, and follows the box at nuqs's default throttle: a debounced update still pending
 * when a result is opened would write /search?q=… over the page being opened.
 */
const queryParam = parseAsString.withDefault("").withOptions({ history: "replace", scroll: false });

const NO_OUTCOME: SearchOutcome = { hits: [], readAs: null, who: [], choice: null };

/**
 * What was typed into the static page's box before the live search took over. The app replaces that box
 * (the page is static, the query is read in the browser), so without this the text would be lost.
 */
function typedBeforeLoad(): string {
  if (typeof document === "undefined") return "";
  const field = document.getElementById(SEARCH_INPUT_ID);
  return field instanceof HTMLInputElement ? field.value.slice(0, MAX_QUERY_LENGTH) : "";
}

/** The live search: results follow the box as you type. */
export function SearchApp({ audiences }: { audiences: readonly AudienceLink[] }) {
  const [input, setInput] = useQueryState("q", queryParam);
  // Typing stays responsive: React renders the results for the latest query when it has time.
  const query = useDeferredValue(input).trim();
  const box = useRef<HTMLInputElement>(null);
  const state = useSearcher(input.trim() !== "");
  const [typed] = useState(typedBeforeLoad);

  useEffect(() => {
    if (typed === "" || typed === input) return;
    void setInput(typed);
    box.current?.focus();
    // Once, on mount: later changes of the query come from the box itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { hits, readAs } = useMemo(
    () => (state.status === "ready" && query !== "" ? state.searcher.run(query) : NO_OUTCOME),
    [state, query],
  );

  const clear = (): void => {
    void setInput(null);
    box.current?.focus();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => event.preventDefault();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      clear();
    } else if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      document.getElementById(RESULTS_ID)?.querySelector("a")?.focus();
    }
  };

  const searching = query !== "";
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
        autoFocus={input === ""}
        onChange={(value) => void setInput(value.slice(0, MAX_QUERY_LENGTH))}
        onKeyDown={onKeyDown}
        onSubmit={onSubmit}
        controls={hits.length > 0 ? RESULTS_ID : undefined}
      />
      {/* When nothing is found the hints below say so visibly; the status line is for screen readers then. */}
      <p role="status" className={nothingFound ? "sr-only" : STATUS_LINE}>
        {status}
      </p>
      {readAs ? (
        <p className="text-sm" data-testid="search-read-as">
          Похоже, запрос набран в другой раскладке или латиницей. Ищем: <strong>«{readAs}»</strong>
        </p>
      ) : null}
      {hits.length > 0 ? <ResultList hits={hits} query={query} input={box} onClear={clear} /> : null}
      {/* Kept while the index loads: the results then take their place instead of the page closing up first. */}
      {!searching || state.status !== "ready" ? <SearchHints audiences={audiences} /> : null}
      {nothingFound ? <SearchHints audiences={audiences} missed={query} phone={looksLikePhone(query)} /> : null}
    </div>
  );
}
