import { PageLink } from "@/components/page-link";
import { getAudiences } from "@/lib/dataset/access";
import { SearchForm } from "@/components/search-form";
import { AudienceLinks } from "@/components/audience-links";

/** What every address the site does not have shows: in Russian, as most visitors arrive from Russian links, with a way out in English. */
export function NotFoundContent() {
  const audiences = getAudiences();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Такой страницы нет</h1>
      <p>
        Возможно, ссылка устарела или в адресе опечатка. Найдите нужный номер или проблему через поиск или выберите, кто
        вы:
      </p>
      <SearchForm />
      <AudienceLinks audiences={audiences} />
      <p>
        <PageLink href="/" className="underline">
          На главную
        </PageLink>
      </p>
      {/* One 404 serves every unknown address, English ones too: a seller abroad gets a way out in English. */}
      <p lang="en">
        There is no such page. Only the pages for sellers are in English:{" "}
        <PageLink href="/en" hrefLang="en" className="underline">
          Ozon support for sellers, in English
        </PageLink>
        .
      </p>
    </div>
  );
}
