import { PageLink } from "@/components/page-link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <nav
        aria-label="Разделы сайта"
        className="mx-auto flex w-full max-w-3xl flex-wrap gap-x-5 gap-y-2 px-4 py-5 text-sm"
      >
        <PageLink href="/" className="underline">
          Главная
        </PageLink>
        <PageLink href="/search" className="underline">
          Поиск
        </PageLink>
        <PageLink href="/check" className="underline">
          Проверить номер
        </PageLink>
        <PageLink href="/compose" className="underline">
          Составить обращение
        </PageLink>
        <PageLink href="/sources" className="underline">
          Источники
        </PageLink>
        <a href="/api/v1/directory.json" className="underline">
          Данные в JSON
        </a>
      </nav>
      <p className="mx-auto w-full max-w-3xl px-4 pb-6 text-sm text-slate-600">
        Независимый справочник, не официальный сайт Ozon. Никому не называйте коды из SMS и данные карты, кем бы ни
        представился собеседник.
      </p>
    </footer>
  );
}
