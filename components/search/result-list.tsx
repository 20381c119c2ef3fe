"use client";

import { useRef, type KeyboardEvent, type RefObject } from "react";
import type { SearchHit } from "@/lib/search/search";
import type { Locale } from "@/lib/i18n/locale";
import type { SearchTexts, WayOut } from "./present";
import { SearchResult } from "./search-result";

type Props = {
  hits: readonly SearchHit[];
  texts: SearchTexts;
  locale: Locale;
  check: WayOut;
  query: string;
  input: RefObject<HTMLInputElement | null>;
  onClear: () => void;
};

export const RESULTS_ID = "search-results";

/**
 * The results, with roving focus: arrows move between result links, Enter opens
 * one (it is a link), Escape clears the query, typing goes back to the box.
 */
export function ResultList({ hits, texts, locale, check, query, input, onClear }: Props) {
  const links = useRef<Array<HTMLAnchorElement | null>>([]);
  const focusAt = (i: number): void => {
    if (i < 0) input.current?.focus();
    else links.current[Math.min(i, hits.length - 1)]?.focus();
  };
  const onKeyDown = (i: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: hits.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusAt(to);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClear();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== " ") {
      input.current?.focus();
    }
  };
  return (
    <ul id={RESULTS_ID} role="list" aria-label={texts.results} className="space-y-3">
      {hits.map((hit, i) => (
        <SearchResult
          key={`${hit.doc.kind}:${hit.doc.id}`}
          hit={hit}
          texts={texts}
          locale={locale}
          check={check}
          query={query}
          linkRef={(el) => {
            links.current[i] = el;
          }}
          onKeyDown={onKeyDown(i)}
        />
      ))}
    </ul>
  );
}
