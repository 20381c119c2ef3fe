"use client";

import { useSyncExternalStore } from "react";
import { LOCAL_TIME_ZONE, type Zone } from "@/lib/hours/zone";

export type Clock = { now: Date; zone: Zone };

/**
 * One clock shared by every open-now badge on the page: one timer and one
 * batched re-render instead of one per card. Subscriptions start when hydration
 * commits; the first reading runs as a task of its own right after, so it never
 * lengthens hydration or shares a task with other deferred work.
 */
let clock: Clock | null = null;
const listeners = new Set<() => void>();
let interval: number | undefined;

function read(): void {
  clock = { now: new Date(), zone: LOCAL_TIME_ZONE };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.setTimeout(read, 0);
    interval = window.setInterval(read, 60_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.clearInterval(interval);
  };
}

/** The current instant and the visitor's zone; null in the static HTML and during hydration. */
export function useNow(): Clock | null {
  return useSyncExternalStore(
    subscribe,
    () => clock,
    () => null,
  );
}
