import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { channelHref } from "@/lib/dataset/access";
import type { Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";

export function ReplacementNote({ replacement, locale = "ru" }: { replacement: Channel; locale?: Locale }) {
  const t = useTranslations("channel");
  return (
    <p className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm">
      {t("replacement.instead")}{" "}
      <PageLink {...channelHref(locale, replacement.id)} className="font-semibold underline">
        {replacement.title}
      </PageLink>
    </p>
  );
}
