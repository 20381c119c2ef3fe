import type { FormEvent, KeyboardEvent, Ref } from "react";

type Props = {
  ref?: Ref<HTMLInputElement>;
  value?: string;
  autoFocus?: boolean;
  controls?: string;
  onChange?: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
};

export const SEARCH_LABEL = "Номер, почта или проблема своими словами";
export const SEARCH_INPUT_ID = "search-query";

/**
 * The search box of the /search page. Without handlers it is a plain GET form,
 * which is what the page shows before its script has loaded.
 */
export function SearchBox({ ref, value, autoFocus, controls, onChange, onKeyDown, onSubmit }: Props) {
  return (
    <form action="/search" method="get" role="search" onSubmit={onSubmit} className="space-y-1">
      <label htmlFor={SEARCH_INPUT_ID} className="block font-semibold">
        {SEARCH_LABEL}
      </label>
      <div className="flex gap-2">
        <input
          ref={ref}
          id={SEARCH_INPUT_ID}
          name="q"
          type="search"
          {...(onChange ? { value: value ?? "", onChange: (e) => onChange(e.target.value) } : { defaultValue: value })}
          onKeyDown={onKeyDown}
          autoFocus={autoFocus}
          aria-controls={controls}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="не пришла выплата"
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Найти
        </button>
      </div>
    </form>
  );
}
