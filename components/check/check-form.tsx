import type { Ref } from "react";
import type { CheckTexts } from "./check-verdict";

/**
 * The checker's form. Until its handler takes over (before the script runs, or without JavaScript)
 * it is a plain GET to the page itself (/check?q=…), which the checker then answers. The input is
 * uncontrolled: what a person types before the script has loaded is kept.
 */
export function CheckForm({
  action,
  texts,
  inputRef,
  onSubmit,
}: {
  action: string;
  texts: CheckTexts;
  inputRef: Ref<HTMLInputElement>;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      onSubmit={onSubmit}
      action={action}
      method="get"
      className="flex flex-col gap-2 sm:flex-row"
      role="search"
      aria-label={texts.form}
    >
      <label htmlFor="check-input" className="sr-only">
        {texts.label}
      </label>
      <input
        ref={inputRef}
        id="check-input"
        name="q"
        inputMode="text"
        autoComplete="off"
        placeholder={texts.placeholder}
        className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {texts.submit}
      </button>
    </form>
  );
}
