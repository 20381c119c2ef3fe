import { PageLink } from "@/components/page-link";
import { getAudiences } from "@/lib/dataset/access";
import { SearchForm } from "@/components/search-form";
import { AudienceLinks } from "@/components/audience-links";

export default function NotFound() {
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
    </div>
  );
}
