/**
 * Runs `callback` once the browser has nothing more urgent to do (at the latest after `timeout` ms),
 * so deferred work never lengthens the load or hydration tasks. Returns a cancel function.
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}
