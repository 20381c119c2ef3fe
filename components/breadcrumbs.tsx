import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { LanguageSwitch } from "@/components/language-switch";
import { localePath, type Locale, type Twin } from "@/lib/i18n/locale";

interface Crumb {
  href: string;
  label: string;
}

/** The way back up: the home page, then the pages above this one; and, beside it, the page in the other language. */
export function Breadcrumbs({
  trail = [],
  locale = "ru",
  twin,
}: {
  trail?: readonly Crumb[];
  locale?: Locale;
  twin?: Twin;
}) {
  const t = useTranslations("site");
  const crumbs: Crumb[] = [{ href: localePath(locale, "/"), label: t("home") }, ...trail];
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
      <nav aria-label={t("breadcrumbs")} className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, i) => (
          <span key={crumb.href}>
            {i > 0 ? "· " : null}
            <PageLink href={crumb.href} className="underline">
              {crumb.label}
            </PageLink>
          </span>
        ))}
      </nav>
      {twin ? <LanguageSwitch twin={twin} /> : null}
    </div>
  );
}
