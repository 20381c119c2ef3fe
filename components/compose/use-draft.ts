"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useEffect, useRef, useState } from "react";
import { applyLink, linkParams, type LinkParams, type LinkTopic } from "@/lib/compose/deep-link";
import { emptyForm, type FormState, hasTypedContent, isBlankForm, parseStoredForm } from "@/lib/compose/form-state";
import { moscowDay } from "@/lib/hours/calendar";

export type DraftStatus = "loading" | "fresh" | "restored";

/** What the composer's form is drawn from: the live draft, or the prerendered stand-in. */
export interface DraftState {
  form: FormState;
  status: DraftStatus;
  storageOk: boolean;
  /** Today in Moscow, yyyy-mm-dd; unknown while loading. */
  today: string | undefined;
  setForm: (form: FormState) => void;
  clear: () => void;
}

/**
 * The prerendered form: empty, but for the audience of a composer for one, and disabled until the draft
 * and the link are read.
 */
export function loadingDraft(topics: readonly LinkTopic[]): DraftState {
  return {
    form: applyLink(emptyForm, {}, topics),
    status: "loading",
    storageOk: true,
    today: undefined,
    setForm: () => undefined,
    clear: () => undefined,
  };
}

const linkParsers = {
  audience: parseAsString,
  topic: parseAsString,
  channel: parseAsString,
} satisfies Record<keyof LinkParams, unknown>;

function readStored(key: string): { form: FormState | null; ok: boolean } {
  try {
    return { form: parseStoredForm(window.localStorage.getItem(key)), ok: true };
  } catch {
    return { form: null, ok: false };
  }
}

function writeStored(key: string, form: FormState): boolean {
  try {
    if (isBlankForm(form)) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(form));
    return true;
  } catch {
    return false;
  }
}

/**
 * The form's state, kept in localStorage on every change, with audience, topic and channel mirrored
 * in the address (?audience=&topic=&channel=) so a reload or a shared link reopens the same choices.
 * It only renders in the browser (below UrlState's Suspense), so the stored draft and the link are
 * read while the first state is made. `storageKey` is the form's own place in localStorage.
 */
export function useDraft(topics: readonly LinkTopic[], storageKey: string): DraftState {
  const [link, setLink] = useQueryStates(linkParsers);
  const [initial] = useState(() => {
    const stored = readStored(storageKey);
    const form = applyLink(stored.form ?? emptyForm, link, topics);
    const status: DraftStatus = stored.form && hasTypedContent(stored.form) ? "restored" : "fresh";
    return { form, status, ok: stored.ok };
  });
  const [form, setFormState] = useState(initial.form);
  const [status, setStatus] = useState(initial.status);
  const [storageOk, setStorageOk] = useState(initial.ok);
  const [today] = useState(() => moscowDay(new Date()));

  // The link may have changed the stored choices, or named ones the catalog lacks: store and show
  // the form as opened, once.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    writeStored(storageKey, initial.form);
    void setLink(linkParams(initial.form));
  }, [initial, setLink, storageKey]);

  function setForm(next: FormState) {
    setFormState(next);
    setStorageOk(writeStored(storageKey, next));
    void setLink(linkParams(next));
  }

  function clear() {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      setStorageOk(false);
    }
    // A composer for one audience starts with it chosen.
    setFormState(applyLink(emptyForm, {}, topics));
    setStatus("fresh");
    void setLink(null);
  }

  return { form, status, storageOk, today, setForm, clear };
}
