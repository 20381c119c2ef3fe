import type { Hours, Staffing } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { formatSchedule } from "@/lib/hours/format";
import { sourcesInWords } from "@/lib/dataset/access";

const whoLabels: Readonly<Record<Locale, Readonly<Record<Staffing["who"], string>>>> = {
  ru: { bot: "Бот", operators: "Операторы", service: "Линия" },
  en: { bot: "Bot", operators: "Operators", service: "Line" },
};

const MOSCOW: Readonly<Record<Locale, string>> = { ru: " (МСК)", en: " (Moscow time)" };

/**
 * The hours as static text (Moscow time), each schedule with who states it; the live "open now" state is
 * layered on in the browser. Without `notes`, as on list cards, the explanations are left to the channel's own page.
 * The notes come in `hours` already in `locale`'s language (lib/i18n/localize.ts).
 */
export function HoursText({ hours, notes = true, locale = "ru" }: { hours: Hours; notes?: boolean; locale?: Locale }) {
  return (
    <ul className="space-y-0.5">
      {hours.staffing.map((s, i) => (
        <li key={i}>
          {whoLabels[locale][s.who]}: {formatSchedule(s.schedule, locale)}
          {s.schedule.type === "weekly" ? MOSCOW[locale] : ""}
          <span className="text-slate-600"> — {sourcesInWords(s.sources, locale)}</span>
          {notes && s.note ? <span className="text-slate-600">. {s.note}</span> : null}
        </li>
      ))}
      {notes && hours.note ? <li className="text-slate-600">{hours.note}</li> : null}
    </ul>
  );
}
