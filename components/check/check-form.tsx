import type { Ref } from "react";

/**
 * The checker's form. Until its handler takes over (before the script runs, or without JavaScript)
 * it is a plain GET to /check?q=…, which the checker then answers. The input is uncontrolled: what
 * a person types before the script has loaded is kept.
 */
export function CheckForm({
  inputRef,
  onSubmit,
}: {
  inputRef: Ref<HTMLInputElement>;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      onSubmit={onSubmit}
      action="/check"
      method="get"
      className="flex flex-col gap-2 sm:flex-row"
      role="search"
      aria-label="Проверка контакта"
    >
      <label htmlFor="check-input" className="sr-only">
        Номер телефона или адрес почты
      </label>
      <input
        ref={inputRef}
        id="check-input"
        name="q"
        inputMode="text"
        autoComplete="off"
        placeholder="+7 (495) 177-84-95 или name@ozon.ru"
        className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Проверить
      </button>
    </form>
  );
}
