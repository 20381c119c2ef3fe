import type { ReactNode } from "react";

export const inputClass =
  "w-full rounded-lg border bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50 border-slate-400";

/** A radio button's whole card. */
export const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-400 bg-white p-3 has-checked:border-brand has-checked:bg-blue-50";

/** aria-describedby and aria-invalid for a control with an optional description and error. */
export function fieldAria(id: string, description: boolean, error: string | undefined) {
  const ids = [description ? `${id}-desc` : "", error ? `${id}-error` : ""].filter((s) => s !== "");
  return {
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
    "aria-invalid": error ? true : undefined,
  };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="flex gap-1 text-sm font-medium text-red-800" data-testid={`${id}-error`}>
      <span aria-hidden="true">⚠</span>
      {error}
    </p>
  );
}

type ShellProps = {
  id: string;
  label: string;
  /** The word that marks the field as optional («необязательно»); a required field has none. */
  optional?: string;
  description?: ReactNode;
  error: string | undefined;
  children: ReactNode;
};

/** Label, description, the control and its error message, stacked. */
export function FieldShell({ id, label, optional, description, error, children }: ShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="font-normal text-slate-600">{` (${optional})`}</span> : null}
      </label>
      {description ? (
        <p id={`${id}-desc`} className="text-sm text-slate-700">
          {description}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}
