import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import type { Twin } from "@/lib/i18n/locale";

/** The same page in the other language, named in that language (both message files hold both names). */
export function LanguageSwitch({ twin }: { twin: Twin }) {
  const t = useTranslations("site");
  return (
    <PageLink href={twin.href} hrefLang={twin.locale} lang={twin.locale} className="underline" data-testid="language">
      {t(`switchTo.${twin.locale}`)}
    </PageLink>
  );
}
