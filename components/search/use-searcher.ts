"use client";

import { useEffect, useState } from "react";
import type { Searcher } from "@/lib/search/search";

export type SearcherState = { status: "loading" } | { status: "ready"; searcher: Searcher } | { status: "error" };

/** One download per page session, shared by every component that asks. */
let pending: Promise<Searcher> | null = null;

function load(): Promise<Searcher> {
  // A separate chunk: fuse.js and the normalisers load only when someone searches.
  pending ??= import("@/lib/search/load").then((m) => m.loadSearcher());
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

// Start as soon as this page's script runs, not after hydration: the first keystroke should find it ready.
if (typeof window !== "undefined") void load().catch(() => undefined);

export function useSearcher(): SearcherState {
  const [state, setState] = useState<SearcherState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    load().then(
      (searcher) => {
        if (live) setState({ status: "ready", searcher });
      },
      () => {
        if (live) setState({ status: "error" });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
