import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False in the static HTML and while the page hydrates; true in the commit that attaches this component's
 * handlers. A control that only works with scripts stays invisible (its room kept) until then, so a visible
 * button always works, and a browser without scripts shows none that would do nothing.
 */
export function useLive(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
