import type { Hours, Staffing } from "@/lib/dataset/schema";
import { formatSchedule } from "@/lib/hours/format";
import { sourcesInWords } from "@/lib/dataset/access";

const whoLabel: Record<Staffing["who"], string> = { bot: "Бот", operators: "Операторы", service: "Линия" };

/**
 * The hours as static text (Moscow time), each schedule with who states it; the live "open now" state is
 * layered on in the browser. Without `notes`, as on list cards, the explanations are left to the channel's own page.
 */
export function HoursText({ hours, notes = true }: { hours: Hours; notes?: boolean }) {
  return (
    <ul className="space-y-0.5">
      {hours.staffing.map((s, i) => (
        <li key={i}>
          {whoLabel[s.who]}: {formatSchedule(s.schedule)}
          {s.schedule.type === "weekly" ? " (МСК)" : ""}
          <span className="text-slate-600"> — {sourcesInWords(s.sources)}</span>
          {notes && s.note ? <span className="text-slate-600">. {s.note}</span> : null}
        </li>
      ))}
      {notes && hours.note ? <li className="text-slate-600">{hours.note}</li> : null}
    </ul>
  );
}
