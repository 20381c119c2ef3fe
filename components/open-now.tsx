"use client";

import type { Shifts } from "@/lib/hours";
import { openNowView, type OpenNowView } from "@/lib/open-now-text";
import { useNow } from "./use-now";

function headlineText(view: OpenNowView): string {
  switch (view.headline) {
    case "live":
      return "● Сейчас открыто";
    case "uncertain":
      return view.botOpen
        ? "◐ Бот отвечает; есть ли сейчас операторы, источники расходятся"
        : "◐ Открыто ли сейчас, источники расходятся";
    case "bot":
      return "◐ Сейчас только бот";
    case "closed":
      return "○ Сейчас закрыто";
  }
}

/**
 * "Open now" for one channel. The box keeps its height before and after the
 * clock is known, so filling it in causes no layout shift.
 */
export function OpenNow({ hours }: { hours: Shifts }) {
  const clock = useNow();
  const view = clock ? openNowView(hours, clock.now, clock.zone) : null;
  const kinds = new Set(hours.staffing.map((s) => s.who)).size;
  // Schedules that disagree make longer lines and a longer headline, which wrap on a phone.
  const rows = kinds + 2 + (kinds < hours.staffing.length ? 3 : 0);
  return (
    <div className="text-sm" style={{ minHeight: `${rows * 1.25}rem` }} data-testid="open-now" aria-live="polite">
      {view ? (
        <>
          <p className="font-semibold" data-state={view.headline}>
            {headlineText(view)}
          </p>
          <ul>
            {view.lines.map((l) => (
              <li key={l.who} data-duty={l.duty}>
                {l.text}
              </li>
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
