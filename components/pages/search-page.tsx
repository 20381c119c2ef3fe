import { Suspense } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getAudiences, getEnglishPages } from "@/lib/dataset/access";
import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import { audienceIn } from "@/lib/i18n/localize";
import { localePath, twinOf, type Locale } from "@/lib/i18n/locale";
import { LanguageSwitch } from "@/components/language-switch";
import { SearchApp } from "@/components/search/search-app";
import { SearchBox } from "@/components/search/search-box";
import { SearchHints, type WaysOut } from "@/components/search/search-hints";
import { STATUS_LINE } from "@/components/search/present";

/** The number check and the composer in the page's language. */
const WAYS_OUT: Readonly<Record<Locale, WaysOut>> = {
  ru: { check: { href: "/check" }, compose: { href: "/compose" } },
  en: { check: { href: "/en/check" }, compose: { href: "/en/compose" } },
};

/**
 * A static page: the query is read in the browser, so every /search?q=… link is served by the same file
 * and shows its results once the script runs. The live search gets its words as they are in the messages
 * (it fills in counts and queries itself), and only the audiences the page's language has pages for.
 */
export function SearchPage({ locale }: { locale: Locale }) {
  const texts = (locale === "en" ? EN_MESSAGES : RU_MESSAGES).search;
  const english = getEnglishPages().audiences;
  const audiences = getAudiences()
    .filter((a) => locale === "ru" || english.has(a.id))
    .map((a) => ({ id: a.id, label: audienceIn(locale, a).label }));
  const props = { texts, locale, audiences, ways: WAYS_OUT[locale] };
  const twin = twinOf(locale, "/search", true);
  return (
    <div className="space-y-4" data-search-page>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-2xl font-bold">{texts.title}</h1>
        {twin ? (
          <span className="text-sm">
            <LanguageSwitch twin={twin} />
          </span>
        ) : null}
      </div>
      <Suspense
        fallback={
          <div className="space-y-4">
            <SearchBox texts={texts.box} action={localePath(locale, "/search")} />
            <p className={STATUS_LINE} />
            <SearchHints {...props} />
          </div>
        }
      >
        {/* Only here: the other pages keep no URL state and ship none of nuqs. */}
        <NuqsAdapter>
          <SearchApp {...props} />
        </NuqsAdapter>
      </Suspense>
    </div>
  );
}
