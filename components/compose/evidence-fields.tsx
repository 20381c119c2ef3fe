"use client";

import { useEffect, useRef, useState } from "react";
import { type EvidenceId, evidenceItems } from "@/lib/compose/attachments";
import { fill } from "@/lib/text/fill";
import type { ComposeWords } from "./words";

type Props = {
  suited: readonly EvidenceId[];
  checked: readonly EvidenceId[];
  /** The list's words and each item's label in the form's language; the request lists them in Russian. */
  words: ComposeWords["evidence"];
  onToggle: (id: EvidenceId, on: boolean) => void;
};

type BoxProps = { id: EvidenceId; label: string; checked: boolean; onToggle: Props["onToggle"] };

function Box({ id, label, checked, onToggle }: BoxProps) {
  return (
    <label className="flex cursor-pointer items-start gap-3 py-1">
      <input
        type="checkbox"
        name="evidence"
        value={id}
        checked={checked}
        onChange={(e) => onToggle(id, e.target.checked)}
        className="mt-1 size-4 shrink-0 accent-brand"
      />
      <span>{label}</span>
    </label>
  );
}

/** The evidence checklist: items suited to the topic first, the others behind a button. */
export function EvidenceFields({ suited, checked, words, onToggle }: Props) {
  const [showAll, setShowAll] = useState(false);
  const restRef = useRef<HTMLDivElement>(null);
  const focusRest = useRef(false);
  useEffect(() => {
    if (!showAll || !focusRest.current) return;
    focusRest.current = false;
    restRef.current?.querySelector("input")?.focus();
  }, [showAll]);
  const main = suited.flatMap((id) => evidenceItems.filter((e) => e.id === id));
  const rest = evidenceItems.filter((e) => !suited.includes(e.id));
  const open = showAll || rest.some((e) => checked.includes(e.id));
  const toggleRest: Props["onToggle"] = (id, on) => {
    setShowAll(true);
    onToggle(id, on);
  };
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-semibold">{words.legend}</legend>
      <p className="text-sm text-slate-700">{words.description}</p>
      {main.map((e) => (
        <Box key={e.id} id={e.id} label={words.labels[e.id]} checked={checked.includes(e.id)} onToggle={onToggle} />
      ))}
      {rest.length > 0 && !open ? (
        <button
          type="button"
          aria-expanded="false"
          onClick={() => {
            focusRest.current = true;
            setShowAll(true);
          }}
          className="mt-1 text-left font-medium text-brand-dark underline"
        >
          {fill(words.more, { count: rest.length })}
        </button>
      ) : null}
      {open ? (
        <div ref={restRef}>
          {rest.map((e) => (
            <Box
              key={e.id}
              id={e.id}
              label={words.labels[e.id]}
              checked={checked.includes(e.id)}
              onToggle={toggleRest}
            />
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
