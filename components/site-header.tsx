import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { SearchForm } from "./search-form";
import { localePath, type Locale } from "@/lib/i18n/locale";

/**
 * The site's name, the other language's front page, and search. The language link sits on the name's row,
 * so the first screen of a phone keeps its height; a page's own twin is offered beside its breadcrumbs.
 * Search opens the results in the page's language: Russian results are no answer to an English query.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = useTranslations("site");
  const other: Locale = locale === "ru" ? "en" : "ru";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center">
        <div className="flex shrink-0 items-baseline justify-between gap-4">
          <PageLink href={localePath(locale, "/")} className="text-lg font-bold text-brand-dark no-underline">
            {t("name")}
          </PageLink>
          <PageLink
            href={localePath(other, "/")}
            hrefLang={other}
            lang={other}
            className="text-sm underline"
            data-testid="language-home"
          >
            {t(`otherHome.${other}`)}
          </PageLink>
        </div>
        <SearchForm locale={locale} />
      </div>
    </header>
  );
}
