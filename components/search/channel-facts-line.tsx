"use client";

import { StatusBadge } from "@/components/status-badge";
import { useNow } from "@/components/use-now";
import { headlineText, openNowView } from "@/lib/hours/open-now-text";
import type { ChannelView } from "@/lib/search/types";
import type { Locale } from "@/lib/i18n/locale";

/** "Open now" in one line: a result card has no room for the channel page's full schedule. */
function OpenNowLine({ view, locale }: { view: ChannelView; locale: Locale }) {
  const clock = useNow();
  if (!view.hours || !clock) return null;
  const open = openNowView(view.hours, clock.now, clock.zone, locale);
  const text = headlineText(open, "line", locale);
  return (
    <span className="font-medium" data-testid="search-open-now">
      {text}
    </span>
  );
}

/** What a channel is at a glance, so the result itself answers: its value (or where to find it), status and hours. */
export function ChannelFactsLine({ view, locale }: { view: ChannelView; locale: Locale }) {
  return (
    <>
      {view.value ? (
        <p className={`font-semibold ${view.status === "discontinued" ? "text-slate-600 line-through" : ""}`}>
          {view.value}
        </p>
      ) : null}
      {view.location && !view.value ? <p className="text-sm text-slate-700">{view.location}</p> : null}
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={view.status} locale={locale} />
        <OpenNowLine view={view} locale={locale} />
      </p>
    </>
  );
}
