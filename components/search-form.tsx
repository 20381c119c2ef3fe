export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex w-full gap-2">
      <label htmlFor="site-search" className="sr-only">
        Поиск по каналам, темам и номерам
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Номер, почта или проблема"
        autoComplete="off"
        className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Найти
      </button>
    </form>
  );
}
