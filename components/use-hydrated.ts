import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False in the static HTML and while it hydrates, true once React runs the page. Pages load their framework
 * after the first paint (lib/paint-first.ts), so a button that needs it is disabled until then: a tap on
 * it before would do nothing, and a disabled button at least says so.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
