import type { Channel, Organisation } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { notOzonText } from "@/lib/trust/ownership";

/** Next to the status badge, which only says «Не Ozon»: whose the contact is instead. */
export function NotOzonNote({
  channel,
  owner,
  locale = "ru",
}: {
  channel: Pick<Channel, "kind">;
  owner: Pick<Organisation, "genitive">;
  locale?: Locale;
}) {
  return (
    <p className="text-sm font-medium text-slate-800" data-testid="not-ozon">
      {notOzonText(owner, channel.kind, locale)}.
    </p>
  );
}
