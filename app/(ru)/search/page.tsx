import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { Suspense } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getAudiences } from "@/lib/dataset/access";
import { SearchApp } from "@/components/search/search-app";
import { SearchBox } from "@/components/search/search-box";
import { SearchHints } from "@/components/search/search-hints";
import { STATUS_LINE } from "@/components/search/present";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Поиск",
  description: "Поиск по каналам поддержки Ozon: по номеру телефона, адресу почты или описанию проблемы.",
  ...canonical("/search"),
};

/**
 * A static page: the query is read in the browser, so every /search?q=… link is
 * served by the same file and shows its results once the script runs.
 */
export default function SearchPage() {
  setRequestLocale("ru");
  const audiences = getAudiences().map((a) => ({ id: a.id, label: a.label }));
  return (
    <div className="space-y-4" data-search-page>
      <h1 className="text-2xl font-bold">Поиск</h1>
      <Suspense
        fallback={
          <div className="space-y-4">
            <SearchBox />
            <p className={STATUS_LINE} />
            <SearchHints audiences={audiences} />
          </div>
        }
      >
        {/* Only here: the other pages keep no URL state and ship none of nuqs. */}
        <NuqsAdapter>
          <SearchApp audiences={audiences} />
        </NuqsAdapter>
      </Suspense>
    </div>
  );
}
