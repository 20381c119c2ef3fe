"use client";

import { useEffect, useState } from "react";
import type { Searcher } from "@/lib/search/search";
import type { Locale } from "@/lib/i18n/locale";
import { whenIdle } from "../when-idle";

export type SearcherState = { status: "loading" } | { status: "ready"; searcher: Searcher } | { status: "error" };

/** One download per page session and language, shared by every component that asks. */
const pending = new Map<Locale, Promise<Searcher>>();

function load(locale: Locale): Promise<Searcher> {
  // A separate chunk: fuse.js and the normalisers load only on the search page, after it is usable.
  const loading = pending.get(locale) ?? import("@/lib/search/load").then((m) => m.loadSearcherIn(locale));
  pending.set(locale, loading);
  loading.catch(() => {
    pending.delete(locale);
  });
  return loading;
}

/** Long enough for the page to finish loading, short enough to be ready before a first word is typed. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * The search engine for this page. It is fetched at once when `needed` (a query is in the box or the
 * URL), otherwise when the browser is idle: the index and fuse.js then never compete with the page's
 * own first paint and hydration, yet are ready by the time someone types.
 */
export function useSearcher(needed: boolean, locale: Locale): SearcherState {
  const [state, setState] = useState<SearcherState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    const start = (): void => {
      load(locale).then(
        (searcher) => {
          if (live) setState((prev) => (prev.status === "ready" ? prev : { status: "ready", searcher }));
        },
        () => {
          if (live) setState({ status: "error" });
        },
      );
    };
    const cancel = needed ? undefined : whenIdle(start, IDLE_TIMEOUT_MS);
    if (needed) start();
    return () => {
      live = false;
      cancel?.();
    };
  }, [needed, locale]);
  return state;
}
