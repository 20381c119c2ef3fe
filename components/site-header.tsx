import { getTranslations } from "next-intl/server";
import { PageLink } from "@/components/page-link";
import { SearchForm } from "./search-form";
import { localePath, type Locale } from "@/lib/i18n/locale";

/** English pages have no search of their own yet, and a Russian results page is no answer to an English query. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center">
        <PageLink href={localePath(locale, "/")} className="shrink-0 text-lg font-bold text-brand-dark no-underline">
          {t("name")}
        </PageLink>
        {locale === "ru" ? <SearchForm /> : null}
      </div>
    </header>
  );
}
