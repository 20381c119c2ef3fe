import { useTranslations } from "next-intl";
import { localePath, type Locale } from "@/lib/i18n/locale";

/** The header's search: a plain GET form to the search page of the page's language. */
export function SearchForm({ defaultValue = "", locale = "ru" }: { defaultValue?: string; locale?: Locale }) {
  const t = useTranslations("search");
  return (
    <form action={localePath(locale, "/search")} method="get" role="search" className="flex w-full gap-2">
      <label htmlFor="site-search" className="sr-only">
        {t("header.label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("header.placeholder")}
        autoComplete="off"
        className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("box.submit")}
      </button>
    </form>
  );
}
