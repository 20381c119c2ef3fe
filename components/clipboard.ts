"use client";

/** Writes text to the clipboard: false where the Clipboard API is missing or refused (an insecure page, a denied permission). */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
