"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { parseAsString, useQueryState } from "nuqs";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { looksLikePhone } from "@/lib/text/phone";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/text/fill";
import { quoted, resultCount, STATUS_LINE, type SearchTexts } from "./present";
import type { SearchOutcome } from "@/lib/search/search";
import { useSearcher } from "./use-searcher";
import { ResultList, RESULTS_ID } from "./result-list";
import { SearchHints, type AudienceLink, type WaysOut } from "./search-hints";
import { SEARCH_INPUT_ID, SearchBox } from "./search-box";
import { AudienceChoice, CHOICE_ID } from "./audience-choice";

/**
 * The query lives in the URL (/search?q=…): a shared link or a reload shows the same results. The URL is
 * replaced, not pushed, and follows the box at nuqs's default throttle: a debounced update still pending
 * when a result is opened would write /search?q=… over the page being opened.
 */
const queryParam = parseAsString.withDefault("").withOptions({ history: "replace", scroll: false });

/**
 * The audience picked in the choice (/search?q=отменить+заказ&who=sellers): a reload or a shared link shows
 * that audience's answers. Pushed, so Back returns to the question.
 */
const whoParam = parseAsString.withOptions({ history: "push", scroll: false });

const NO_OUTCOME: SearchOutcome = { hits: [], readAs: null, slip: false, who: [], choice: null };

/**
 * What was typed into the static page's box before the live search took over. The app replaces that box
 * (the page is static, the query is read in the browser), so without this the text would be lost.
 */
function typedBeforeLoad(): string {
  if (typeof document === "undefined") return "";
  const field = document.getElementById(SEARCH_INPUT_ID);
  return field instanceof HTMLInputElement ? field.value.slice(0, MAX_QUERY_LENGTH) : "";
}

type Props = {
  texts: SearchTexts;
  locale: Locale;
  /** The audiences the page's language has pages for. */
  audiences: readonly AudienceLink[];
  ways: WaysOut;
};

/** The live search: results follow the box as you type. */
export function SearchApp({ texts, locale, audiences, ways }: Props) {
  const [input, setInput] = useQueryState("q", queryParam);
  const [picked, setPicked] = useQueryState("who", whoParam);
  const focusAfterPick = useRef(false);
  const focusChoice = useRef(false);
  // Typing stays responsive: React renders the results for the latest query when it has time.
  const query = useDeferredValue(input).trim();
  const box = useRef<HTMLInputElement>(null);
  const state = useSearcher(input.trim() !== "", locale);
  const [typed] = useState(typedBeforeLoad);

  useEffect(() => {
    if (typed === "" || typed === input) return;
    void setInput(typed);
    box.current?.focus();
    // Once, on mount: later changes of the query come from the box itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { hits, readAs, slip, who, choice } = useMemo(
    () => (state.status === "ready" && query !== "" ? state.searcher.run(query, { who: picked }) : NO_OUTCOME),
    [state, query, picked],
  );

  // After a pick, the answers it brought: focus moves to the first, as it would after opening a page.
  useEffect(() => {
    if (!focusAfterPick.current || hits.length === 0) return;
    focusAfterPick.current = false;
    document.getElementById(RESULTS_ID)?.querySelector("a")?.focus();
  }, [hits]);

  // «Выбрать заново» disappears with the pick: focus goes to the question it brings back.
  useEffect(() => {
    if (!focusChoice.current || !choice) return;
    focusChoice.current = false;
    document.getElementById(CHOICE_ID)?.querySelector("a")?.focus();
  }, [choice]);

  const clear = (): void => {
    void setInput(null);
    void setPicked(null);
    box.current?.focus();
  };
  const pick = (audience: string): void => {
    focusAfterPick.current = true;
    void setPicked(audience);
  };
  const page = localePath(locale, "/search");
  const hrefFor = (audience: string): string =>
    `${page}?${new URLSearchParams({ q: query, who: audience }).toString()}`;
  const whoLabel = who.length > 0 ? audiences.find((a) => a.id === who[0])?.label : undefined;
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => event.preventDefault();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      clear();
    } else if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      document
        .getElementById(choice ? CHOICE_ID : RESULTS_ID)
        ?.querySelector("a")
        ?.focus();
    }
  };

  const hintProps = { texts, locale, audiences, ways };
  const searching = query !== "";
  const nothingFound = searching && state.status === "ready" && hits.length === 0;
  const said = texts.status;
  const count = resultCount(hits.length, said.results, locale);
  const status = !searching
    ? ""
    : state.status === "loading"
      ? said.loading
      : state.status === "error"
        ? said.failed
        : choice
          ? fill(said.foundAsk, { count })
          : hits.length > 0
            ? fill(said.found, { count })
            : said.nothing;

  return (
    <div className="space-y-4">
      <SearchBox
        texts={texts.box}
        action={page}
        ref={box}
        value={input}
        autoFocus={input === ""}
        onChange={(value) => {
          void setInput(value.slice(0, MAX_QUERY_LENGTH));
          // The pick answered the question about the query it was asked for, not about the next one.
          if (picked !== null) void setPicked(null);
        }}
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
          {slip ? texts.readAs.slip : texts.readAs.layout} {texts.readAs.searching}{" "}
          <strong>{quoted(readAs, texts.quotes)}</strong>
        </p>
      ) : null}
      {whoLabel && hits.length > 0 ? (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="search-who">
          <span>
            {picked !== null ? texts.who.picked : texts.who.read} {quoted(whoLabel, texts.quotes)}. {texts.who.first}
          </span>
          {picked !== null ? (
            <button
              type="button"
              className="font-semibold text-brand-dark underline"
              onClick={() => {
                focusChoice.current = true;
                void setPicked(null);
              }}
            >
              {texts.who.again}
            </button>
          ) : null}
        </p>
      ) : null}
      {choice ? <AudienceChoice options={choice} title={texts.choice} hrefFor={hrefFor} onPick={pick} /> : null}
      {hits.length > 0 ? (
        <ResultList
          hits={hits}
          texts={texts}
          locale={locale}
          check={ways.check}
          query={query}
          input={box}
          onClear={clear}
        />
      ) : null}
      {/* Kept while the index loads: the results then take their place instead of the page closing up first. */}
      {!searching || state.status !== "ready" ? <SearchHints {...hintProps} /> : null}
      {nothingFound ? <SearchHints {...hintProps} missed={query} phone={looksLikePhone(query)} /> : null}
    </div>
  );
}
