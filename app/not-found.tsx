import Link from "next/link";
import { getAudiences } from "@/lib/data";
import { SearchForm } from "@/components/search-form";

export default function NotFound() {
  const audiences = getAudiences();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Такой страницы нет</h1>
      <p>
        Возможно, ссылка устарела или в адресе опечатка. Найдите нужный номер или проблему через поиск или выберите,
        кто вы:
      </p>
      <SearchForm />
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {audiences.map((a) => (
          <li key={a.id}>
            <Link prefetch={false} href={`/${a.id}`} className="block rounded-lg border border-slate-300 bg-white px-4 py-3 font-semibold">
              {a.label}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link prefetch={false} href="/" className="underline">На главную</Link>
      </p>
    </div>
  );
}
