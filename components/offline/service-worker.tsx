"use client";

import { useEffect, useState } from "react";
import { SERVICE_WORKER_URL } from "@/lib/site/offline/paths";
import { UpdateNotice } from "./update-notice";

async function register(onUpdate: () => void): Promise<void> {
  // Serwist's window helper is a chunk of its own, so that no page's first load carries it.
  const { Serwist } = await import("@serwist/window");
  const serwist = new Serwist(SERVICE_WORKER_URL);
  serwist.addEventListener("controlling", (event) => {
    // A worker taking over from another is a new deployment; the first install changes nothing on screen.
    if (event.isUpdate) onUpdate();
  });
  // A first visit waits for the page's load before the worker downloads the directory. A page that a
  // worker already serves registers at once, so as not to miss an update its own navigation started.
  await serwist.register({ immediate: navigator.serviceWorker.controller !== null });
}

/**
 * Makes the site work offline (app/sw.js/worker.ts) and tells the visitor, once, when a new deployment
 * has taken over.
 */
export function ServiceWorker() {
  const [updated, setUpdated] = useState(false);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Without a worker (blocked, private mode, a failed download) the site works as before, online.
    register(() => setUpdated(true)).catch(() => undefined);
  }, []);
  return <UpdateNotice shown={updated} onDismiss={() => setUpdated(false)} />;
}
