"use client";

import { useEffect, useRef, useState } from "react";
import type { ComposeAsk } from "@/lib/compose/asks";
import { FieldError, fieldAria, inputClass, optionClass } from "./field";
import type { ComposeWords } from "./words";

type Props = {
  asks: readonly ComposeAsk[];
  /** The form's `expectedOutcome`: an ask's Russian sentence, or the person's own words. */
  value: string;
  error: string | undefined;
  words: ComposeWords["ask"];
  onChange: (value: string) => void;
  onBlur: () => void;
};

const ID = "compose-expectedOutcome";

/**
 * What the person asks for, in a form whose free text is not Russian: one of the topic's asks, which the
 * request prints as a Russian sentence, or their own words. Words typed and then swapped for an ask come
 * back when "own words" is picked again.
 */
export function AskField({ asks, value, error, words, onChange, onBlur }: Props) {
  const chosen = asks.find((a) => a.text === value);
  const [own, setOwn] = useState(value !== "" && !chosen);
  const typed = useRef(own ? value : "");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const focusText = useRef(false);
  useEffect(() => {
    if (!own || !focusText.current) return;
    focusText.current = false;
    textRef.current?.focus();
  }, [own]);

  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[`${ID}-desc`, error ? `${ID}-error` : ""].filter((s) => s !== "").join(" ")}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) onBlur();
      }}
    >
      <legend className="mb-1 font-semibold">{words.legend}</legend>
      <p id={`${ID}-desc`} className="text-sm text-slate-700">
        {words.description}
      </p>
      {asks.map((a, i) => (
        <label key={a.id} className={optionClass}>
          <input
            type="radio"
            name="ask"
            value={a.id}
            checked={!own && chosen?.id === a.id}
            onChange={() => {
              setOwn(false);
              onChange(a.text);
            }}
            data-field={i === 0 && !own ? "expectedOutcome" : undefined}
            className="mt-1 size-4 shrink-0 accent-brand"
          />
          <span>{a.label}</span>
        </label>
      ))}
      <label className={optionClass}>
        <input
          type="radio"
          name="ask"
          value="own"
          checked={own}
          onChange={() => {
            focusText.current = true;
            setOwn(true);
            onChange(typed.current);
          }}
          className="mt-1 size-4 shrink-0 accent-brand"
        />
        <span>{words.other}</span>
      </label>
      {own ? (
        <div className="space-y-1">
          <label htmlFor={ID} className="block font-semibold">
            {words.otherLabel}
          </label>
          <textarea
            id={ID}
            ref={textRef}
            rows={3}
            data-field="expectedOutcome"
            value={value}
            onChange={(e) => {
              typed.current = e.target.value;
              onChange(e.target.value);
            }}
            className={inputClass}
            {...fieldAria(ID, false, error)}
          />
        </div>
      ) : null}
      <FieldError id={ID} error={error} />
    </fieldset>
  );
}
