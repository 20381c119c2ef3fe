"use client";

import type { Locale } from "@/lib/i18n/locale";
import type { Shifts } from "@/lib/hours/open-state";
import { headlineText, openNowView, type OpenNowReserve } from "@/lib/hours/open-now-text";
import { useNow } from "./use-now";

/** Said until the clock is known: the hours shown next to the box are Moscow's. */
const MOSCOW_HOURS: Readonly<Record<Locale, string>> = {
  ru: "Часы работы указаны по Москве.",
  en: "Hours are in Moscow time.",
};

type BoxText = {
  headline: string;
  state?: string;
  lines: Array<{ key: string; duty?: string; text: string }>;
  visitorHours: string | null;
};

function Texts({ box }: { box: BoxText }) {
  return (
    <>
      <p className="font-semibold" data-state={box.state}>
        {box.headline}
      </p>
      <ul>
        {box.lines.map((l) => (
          <li key={l.key} data-duty={l.duty}>
            {l.text}
          </li>
        ))}
      </ul>
      {box.visitorHours ? <p className="text-slate-700">{box.visitorHours}</p> : null}
    </>
  );
}

/**
 * "Open now" for one channel. Before the clock is known, the box holds, invisibly in the same grid cell,
 * the longest texts it can show (`reserve`, made on the server), so filling it in moves nothing below it
 * at any screen width. The reserve only fits texts of its own language: it is made with the same `locale`.
 */
export function OpenNow({
  hours,
  reserve,
  locale = "ru",
}: {
  hours: Shifts;
  reserve: OpenNowReserve;
  locale?: Locale;
}) {
  const clock = useNow();
  const view = clock ? openNowView(hours, clock.now, clock.zone, locale) : null;
  const ghost: BoxText = { ...reserve, lines: reserve.lines.map((text, i) => ({ key: String(i), text })) };
  return (
    <div className="grid text-sm">
      <div className="invisible col-start-1 row-start-1" aria-hidden="true">
        <Texts box={ghost} />
      </div>
      <div className="col-start-1 row-start-1" aria-live="polite" data-testid="open-now">
        {view ? (
          <Texts
            box={{
              headline: headlineText(view, "box", locale),
              state: view.headline,
              lines: view.lines.map((l) => ({ key: l.who, duty: l.duty, text: l.text })),
              visitorHours: view.visitorHours,
            }}
          />
        ) : (
          <p className="text-slate-600">{MOSCOW_HOURS[locale]}</p>
        )}
      </div>
    </div>
  );
}
