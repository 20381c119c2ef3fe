"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useState } from "react";
import { checkContact, type CheckEntry } from "@/lib/check";
import { CheckForm } from "./check-form";
import { CheckVerdict, type OfficialLink } from "./check-verdict";

const queryParam = parseAsString.withDefault("");

/**
 * The prerendered form is still in the document while the live one first renders: what a person
 * typed into it before the script loaded is carried over rather than lost.
 */
function typedBeforeLoad(): string {
  if (typeof document === "undefined") return "";
  const input = document.getElementById("check-input");
  return input instanceof HTMLInputElement ? input.value : "";
}

/** The query lives in ?q= so a reload or a shared link shows the same answer. */
export function ContactChecker({ entries, official }: { entries: CheckEntry[]; official: OfficialLink[] }) {
  const [query, setQuery] = useQueryState("q", queryParam);
  const [typed] = useState(typedBeforeLoad);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("q");
    const text = typeof value === "string" ? value : "";
    void setQuery(text.trim() === "" ? null : text);
  }

  return (
    <div className="space-y-4">
      <CheckForm defaultValue={typed || query} onSubmit={submit} />
      <div aria-live="polite" data-testid="check-result">
        <CheckVerdict result={checkContact(query, entries)} official={official} />
      </div>
    </div>
  );
}
