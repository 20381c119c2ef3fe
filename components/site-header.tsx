import { PageLink } from "@/components/page-link";
import { SearchForm } from "./search-form";
import { SITE_NAME } from "@/lib/site/url";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center">
        <PageLink href="/" className="shrink-0 text-lg font-bold text-brand-dark no-underline">
          {SITE_NAME}
        </PageLink>
        <SearchForm />
      </div>
    </header>
  );
}
