"use client";

import { useState } from "react";
import { writeClipboard } from "./clipboard";
import { useLive } from "./use-live";
import type { Locale } from "@/lib/i18n/locale";

/**
 * The button's words in both languages, here rather than in next-intl's messages: an audience page has a copy
 * button on every card, and words handed down as props would be repeated in the page's payload for each.
 * `copy` also starts the accessible name, before the label of what it copies.
 */
const WORDS: Record<Locale, { copy: string; copied: string; failed: string }> = {
  ru: { copy: "Копировать", copied: "Скопировано", failed: "Не удалось, скопируйте вручную" },
  en: { copy: "Copy", copied: "Copied", failed: "Could not copy; copy it by hand" },
};

export function CopyButton({ text, label, locale = "ru" }: { text: string; label: string; locale?: Locale }) {
  const words = WORDS[locale];
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
