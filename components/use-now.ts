"use client";

import { useSyncExternalStore } from "react";

export type Clock = { now: Date; zone: string };

/**
 * One clock shared by every open-now badge on the page: one timer and one
 * batched re-render instead of one per card. The first reading waits for an
 * idle moment so it does not lengthen the hydration task.
 */
let clock: Clock | null = null;
const listeners = new Set<() => void>();
let interval: number | undefined;

function read(): void {
  clock = { now: new Date(), zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  for (const listener of listeners) listener();
}

function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(callback, { timeout: 1000 });
  else window.setTimeout(callback, 1);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    whenIdle(read);
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
