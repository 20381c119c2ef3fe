"use client";

import { useEffect, useState } from "react";

export type Clock = { now: Date; zone: string };

/**
 * The current instant and the visitor's zone, only after hydration: the static
 * HTML cannot know them, and rendering them on the server would mismatch.
 */
export function useNow(refreshMs = 60_000): Clock | null {
  const [clock, setClock] = useState<Clock | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const tick = () => setClock({ now: new Date(), zone });
    tick();
    const id = window.setInterval(tick, refreshMs);
    return () => window.clearInterval(id);
  }, [refreshMs]);
  return clock;
}
