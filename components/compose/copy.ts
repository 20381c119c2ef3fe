"use client";

import { writeClipboard } from "../clipboard";

export type CopyResult = "copied" | "selected";

/**
 * Copies text to the clipboard. Where the Clipboard API is missing or refused
 * (an insecure page, a denied permission) the text is selected in `fallback`
 * so the person can copy it by hand.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<CopyResult> {
  if (await writeClipboard(text)) return "copied";
  fallback?.focus();
  fallback?.select();
  return "selected";
}
