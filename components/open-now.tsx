"use client";

import type { Shifts } from "@/lib/hours";
import { openNowView } from "@/lib/open-now-text";
import { useNow } from "./use-now";

/**
 * "Open now" for one channel. The box keeps its height before and after the
 * clock is known, so filling it in causes no layout shift.
 */
export function OpenNow({ hours }: { hours: Shifts }) {
  const clock = useNow();
  const view = clock ? openNowView(hours, clock.now, clock.zone) : null;
  const rows = hours.staffing.length + 2;
  return (
    <div className="text-sm" style={{ minHeight: `${rows * 1.25}rem` }} data-testid="open-now" aria-live="polite">
      {view ? (
        <>
          <p className="font-semibold" data-state={view.liveNow ? "live" : view.botOnly ? "bot" : "closed"}>
            {view.liveNow ? "● Сейчас открыто" : view.botOnly ? "◐ Сейчас только бот" : "○ Сейчас закрыто"}
          </p>
          <ul>
            {view.lines.map((l) => (
              <li key={l.who}>{l.text}</li>
            ))}
          </ul>
          {view.visitorHours ? <p className="text-slate-700">{view.visitorHours}</p> : null}
        </>
      ) : (
        <p className="text-slate-600">Часы работы указаны по Москве.</p>
      )}
    </div>
  );
}
