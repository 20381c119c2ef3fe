import type { ChannelStatus } from "@/lib/dataset/schema";
import { statusLabels } from "@/lib/trust/status";
import type { Locale } from "@/lib/i18n/locale";

const styles: Record<ChannelStatus, string> = {
  active: "bg-green-50 text-green-800 border-green-700",
  disputed: "bg-amber-50 text-amber-900 border-amber-700",
  discontinued: "bg-red-50 text-red-800 border-red-700",
  "third-party": "bg-slate-100 text-slate-800 border-slate-600",
};

/** Icon paths: a tick, a question mark, a cross, a warning triangle — so colour is never the only signal. */
const icons: Record<ChannelStatus, string> = {
  active: "M4 10.5l4 4 8-9",
  disputed: "M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M10 15.5v.5",
  discontinued: "M5 5l10 10M15 5L5 15",
  "third-party": "M10 3l8 14H2L10 3zM10 8v4M10 14.5v.5",
};

/** Also drawn in the browser (search results), so its words come from a table, not from next-intl. */
export function StatusBadge({ status, locale = "ru" }: { status: ChannelStatus; locale?: Locale }) {
  return (
    <span data-status={status} className={`badge ${styles[status]}`}>
      <svg
        viewBox="0 0 20 20"
        width="14"
        height="14"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={icons[status]} />
      </svg>
      {statusLabels[locale][status]}
    </span>
  );
}
