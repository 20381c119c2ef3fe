"use client";

import { useState } from "react";
import { writeClipboard } from "./clipboard";
import { useLive } from "./use-live";

/** The button's words, from the server component above it; `failed` already holds the link. */
export interface ShareWords {
  share: string;
  copied: string;
  failed: string;
}

/** The system share sheet where the browser has one (phones); elsewhere the link is copied. */
export function ShareButton({ url, title, words }: { url: string; title: string; words: ShareWords }) {
  const [message, setMessage] = useState("");
  const live = useLive();

  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closing the share sheet is a choice, not a failure to fall back from.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    setMessage((await writeClipboard(url)) ? words.copied : words.failed);
  }

  return (
    <>
      <button type="button" onClick={share} className={live ? "button-sm" : "button-sm invisible"}>
        {words.share}
      </button>
      <span aria-live="polite" role="status" className="text-sm font-medium text-slate-800">
        {message}
      </span>
    </>
  );
}
