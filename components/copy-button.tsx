"use client";

import { useState } from "react";
import { writeClipboard } from "./clipboard";
import { useLive } from "./use-live";

/** The button's words; `copy` also starts its accessible name, before the label of what it copies. */
export interface CopyWords {
  copy: string;
  copied: string;
  failed: string;
}

/**
 * The composer is a Russian-only client page with no server component above the button to hand it words;
 * channel pages pass theirs from the `channel` messages, which hold the same Russian.
 */
const RUSSIAN: CopyWords = { copy: "Копировать", copied: "Скопировано", failed: "Не удалось, скопируйте вручную" };

export function CopyButton({ text, label, words = RUSSIAN }: { text: string; label: string; words?: CopyWords }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const live = useLive();

  async function copy() {
    setState((await writeClipboard(text)) ? "done" : "failed");
    window.setTimeout(() => setState("idle"), 2500);
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={`${words.copy} ${label}`}
      className={live ? "button-sm" : "button-sm invisible"}
    >
      <span aria-live="polite">{state === "done" ? words.copied : state === "failed" ? words.failed : words.copy}</span>
    </button>
  );
}
