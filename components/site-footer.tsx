import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <nav
        aria-label="Разделы сайта"
        className="mx-auto flex w-full max-w-3xl flex-wrap gap-x-5 gap-y-2 px-4 py-5 text-sm"
      >
        <Link prefetch={false} href="/" className="underline">
          Главная
        </Link>
        <Link prefetch={false} href="/search" className="underline">
          Поиск
        </Link>
        <Link prefetch={false} href="/check" className="underline">
          Проверить номер
        </Link>
        <Link prefetch={false} href="/compose" className="underline">
          Составить обращение
        </Link>
        <Link prefetch={false} href="/sources" className="underline">
          Источники
        </Link>
        <a href="/api/v1/directory.json" className="underline">
          Данные в JSON
        </a>
      </nav>
      <p className="mx-auto w-full max-w-3xl px-4 pb-6 text-sm text-slate-600">
        Независимый справочник, не официальный сайт Ozon. Ozon никогда не просит по телефону коды из SMS и данные карты.
      </p>
    </footer>
  );
}
