"use client";

import { useEffect, useState } from "react";
import { applyLink, linkQuery, type LinkTopic } from "@/lib/compose/deep-link";
import {
  emptyForm,
  type FormState,
  hasTypedContent,
  isBlankForm,
  parseStoredForm,
  STORAGE_KEY,
} from "@/lib/compose/form-state";

export type DraftStatus = "loading" | "fresh" | "restored";

function readStored(): { form: FormState | null; ok: boolean } {
  try {
    return { form: parseStoredForm(window.localStorage.getItem(STORAGE_KEY)), ok: true };
  } catch {
    return { form: null, ok: false };
  }
}

function writeStored(form: FormState): boolean {
  try {
    if (isBlankForm(form)) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(form));
    return true;
  } catch {
    return false;
  }
}

/** Keeps the address bar in step with the choices, so a reload reopens the same ones. */
function syncAddress(form: FormState) {
  const query = linkQuery(form);
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
}

/**
 * The form's state, kept in localStorage on every change. The first render is
 * the empty form (as prerendered); the stored draft and the deep link are
 * applied right after mount.
 */
export function useDraft(topics: readonly LinkTopic[]) {
  const [form, setForm] = useState<FormState>(emptyForm);
  const [status, setStatus] = useState<DraftStatus>("loading");
  const [storageOk, setStorageOk] = useState(true);

  useEffect(() => {
    const stored = readStored();
    const params = new URLSearchParams(window.location.search);
    const link = { audience: params.get("audience"), topic: params.get("topic"), channel: params.get("channel") };
    setForm(applyLink(stored.form ?? emptyForm, link, topics));
    setStorageOk(stored.ok);
    setStatus(stored.form && hasTypedContent(stored.form) ? "restored" : "fresh");
  }, [topics]);

  useEffect(() => {
    if (status === "loading") return;
    setStorageOk(writeStored(form));
    syncAddress(form);
  }, [form, status]);

  function clear() {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      setStorageOk(false);
    }
    setForm(emptyForm);
    setStatus("fresh");
  }

  return { form, setForm, status, storageOk, clear };
}
