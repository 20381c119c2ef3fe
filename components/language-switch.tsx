import { getTranslations } from "next-intl/server";
import { PageLink } from "@/components/page-link";
import type { Twin } from "@/lib/i18n/locale";

/** The same page in the other language, named in that language, so a reader of either finds it. */
export async function LanguageSwitch({ twin }: { twin: Twin }) {
  const t = await getTranslations({ locale: twin.locale, namespace: "site" });
  return (
    <PageLink href={twin.href} hrefLang={twin.locale} lang={twin.locale} className="underline" data-testid="language">
      {t(`switchTo.${twin.locale}`)}
    </PageLink>
  );
}
