"use client";

import { useState } from "react";
import { writeClipboard } from "./clipboard";
import { useLive } from "./use-live";

export function CopyButton({ text, label }: { text: string; label: string }) {
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
      aria-label={`Копировать ${label}`}
      className={live ? "button-sm" : "button-sm invisible"}
    >
      <span aria-live="polite">
        {state === "done" ? "Скопировано" : state === "failed" ? "Не удалось, скопируйте вручную" : "Копировать"}
      </span>
    </button>
  );
}
