import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, type ReactNode } from "react";

/**
 * Search-param state for the client components below it. Only the pages that keep state in the
 * address use it, so the others ship no nuqs. The address is only known in the browser: on these
 * prerendered pages the static HTML carries `fallback`, which should look like the finished part.
 */
export function UrlState({
  fallback,
  tidy,
  children,
}: {
  fallback: ReactNode;
  /** Rewrites the query before it reaches the address bar (e.g. a fixed order of parameters). */
  tidy?: (search: URLSearchParams) => URLSearchParams;
  children: ReactNode;
}) {
  return (
    <NuqsAdapter processUrlSearchParams={tidy}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </NuqsAdapter>
  );
}
