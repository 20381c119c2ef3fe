import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { composeHref } from "@/lib/compose/deep-link";
import { localePath, type Locale } from "@/lib/i18n/locale";

/** To the composer in the page's language, with the topic and channel already chosen. */
export function ComposeLink({ locale = "ru", ...choice }: Parameters<typeof composeHref>[0] & { locale?: Locale }) {
  const t = useTranslations("card");
  return (
    <p>
      <PageLink
        href={localePath(locale, composeHref(choice))}
        className="inline-block rounded-lg border border-brand px-4 py-2 font-semibold text-brand-dark"
      >
        {t("compose")}
      </PageLink>
    </p>
  );
}
