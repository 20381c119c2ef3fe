import type { FormEvent, KeyboardEvent, Ref } from "react";
import type { SearchTexts } from "./present";

type Props = {
  texts: SearchTexts["box"];
  /** The search page of the page's language. */
  action: string;
  ref?: Ref<HTMLInputElement>;
  value?: string;
  autoFocus?: boolean;
  controls?: string;
  onChange?: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
};

export const SEARCH_INPUT_ID = "search-query";

/**
 * The search box of the search page. Without handlers it is a plain GET form,
 * which is what the page shows before its script has loaded.
 */
export function SearchBox({ texts, action, ref, value, autoFocus, controls, onChange, onKeyDown, onSubmit }: Props) {
  return (
    <form action={action} method="get" role="search" onSubmit={onSubmit} className="space-y-1">
      <label htmlFor={SEARCH_INPUT_ID} className="block font-semibold">
        {texts.label}
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
          placeholder={texts.placeholder}
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
