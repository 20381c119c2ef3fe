"use client";

import { useState } from "react";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("done");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2500);
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={`Копировать ${label}`}
      className="rounded-lg border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
    >
      <span aria-live="polite">
        {state === "done" ? "Скопировано" : state === "failed" ? "Не удалось, скопируйте вручную" : "Копировать"}
      </span>
    </button>
  );
}
