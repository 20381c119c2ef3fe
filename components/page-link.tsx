import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link of the site. Prefetching is off: a list page would otherwise fetch the payload of
 * each of its dozens of links as they scroll into view, on a phone's metered connection, for pages a
 * visitor mostly never opens; the pages are static and open fast without it.
 */
export function PageLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link prefetch={false} {...props} />;
}
