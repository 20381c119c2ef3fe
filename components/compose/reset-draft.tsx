"use client";

import { useEffect, useRef, useState } from "react";
import type { ComposeWords } from "./words";

const secondaryButton = "rounded-lg border border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100";

/** "Начать заново" with an inline, keyboard-friendly confirmation. */
export function ResetDraft({ onReset, words }: { onReset: () => void; words: ComposeWords["reset"] }) {
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  function cancel() {
    returnFocus.current = true;
    setAsking(false);
  }

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" onClick={() => setAsking(true)} className={secondaryButton}>
        {words.start}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="compose-reset-question"
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
      className="w-full space-y-2 rounded-lg border border-amber-600 bg-amber-50 p-3"
    >
      <p id="compose-reset-question" className="font-semibold">
        {words.question}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={yesRef}
          type="button"
          onClick={() => {
            setAsking(false);
            onReset();
          }}
          className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800"
        >
          {words.yes}
        </button>
        <button type="button" onClick={cancel} className={secondaryButton}>
          {words.no}
        </button>
      </div>
    </div>
  );
}
