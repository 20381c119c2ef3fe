"use client";

import { useState } from "react";
import { writeClipboard } from "./clipboard";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");

  async function copy() {
    setState((await writeClipboard(text)) ? "done" : "failed");
    window.setTimeout(() => setState("idle"), 2500);
  }

  return (
    <button type="button" onClick={copy} aria-label={`Копировать ${label}`} className="button-sm">
      <span aria-live="polite">
        {state === "done" ? "Скопировано" : state === "failed" ? "Не удалось, скопируйте вручную" : "Копировать"}
      </span>
    </button>
  );
}
