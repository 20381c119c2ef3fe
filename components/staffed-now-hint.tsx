"use client";

import { PageLink } from "@/components/page-link";
import { openState, type Shifts } from "@/lib/hours/open-state";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { useNow } from "./use-now";

export type HintOption = { id: string; title: string; hours?: Shifts };

function liveAt(option: HintOption, now: Date): boolean {
  // A channel without stated hours (an email) is not "staffed now" for this purpose.
  return option.hours ? openState(option.hours, now).summary.liveNow : false;
}

/** No source's schedule has people on duty now: only then may the hint say nobody is there. */
function surelyUnstaffed(option: HintOption, now: Date): boolean {
  if (!option.hours) return true;
  const { liveNow, uncertain } = openState(option.hours, now).summary;
  return !liveNow && !uncertain;
}

/** The hint up to the alternative's link. */
const HINT: Readonly<Record<Locale, (title: string) => string>> = {
  ru: (title) => `Сейчас у канала «${title}» нет живых сотрудников. Быстрее прямо сейчас:`,
  en: (title) => `“${title}” has no human staff on duty right now. Faster right now:`,
};

/**
 * When the best channel has no people on duty right now but an alternative does,
 * say so. Rendered in a slot of fixed height so the page does not jump.
 */
export function StaffedNowHint({
  best,
  alternatives,
  locale = "ru",
}: {
  best: HintOption;
  alternatives: HintOption[];
  locale?: Locale;
}) {
  const clock = useNow();
  const alt = clock && surelyUnstaffed(best, clock.now) ? alternatives.find((a) => liveAt(a, clock.now)) : undefined;
  return (
    <div className="min-h-14" data-testid="staffed-now-hint" aria-live="polite">
      {alt ? (
        <p className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm">
          {HINT[locale](best.title)}{" "}
          <PageLink href={localePath(locale, `/channels/${alt.id}`)} className="font-semibold underline">
            {alt.title}
          </PageLink>
          .
        </p>
      ) : null}
    </div>
  );
}
