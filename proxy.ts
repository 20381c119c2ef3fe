import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/site/security-headers";

/**
 * Sets each page's Content-Security-Policy from the hashes of the inline scripts in its prerendered
 * HTML. next.config.ts headers() are fixed before pages are rendered, so they cannot carry per-page
 * hashes; this runs at request time, reads the built page once and caches its policy.
 */
const APP_DIR = join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server", "app");
const SAFE_PATH = /^\/(?:[a-z0-9_-]+\/)*[a-z0-9_-]*$/i;
const policies = new Map<string, string>();
let fallbackPolicy: string | undefined;

function hashesOf(file: string): string[] | undefined {
  try {
    return inlineScriptHashes(readFileSync(join(APP_DIR, file), "utf8"));
  } catch {
    return undefined;
  }
}

/** Paths without a prerendered page get the 404 page (served for them) or the error page. */
function fallback(): string {
  fallbackPolicy ??= contentSecurityPolicy([
    ...(hashesOf("_not-found.html") ?? []),
    ...(hashesOf("_global-error.html") ?? []),
  ]);
  return fallbackPolicy;
}

function policyFor(pathname: string): string {
  const cached = policies.get(pathname);
  if (cached) return cached;
  if (!SAFE_PATH.test(pathname)) return fallback();
  const hashes = hashesOf(pathname === "/" ? "index.html" : `${pathname.slice(1)}.html`);
  if (!hashes) return fallback();
  const policy = contentSecurityPolicy(hashes);
  policies.set(pathname, policy);
  return policy;
}

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  // `next dev` renders on demand (different inline scripts, eval for debugging): no policy there.
  if (process.env.NODE_ENV === "development") return response;
  response.headers.set("Content-Security-Policy", policyFor(request.nextUrl.pathname));
  return response;
}

export const config = {
  // Pages only: framework assets, API JSON and files with an extension (icons, sitemap) need no CSP.
  matcher: ["/((?!_next/|api/|.*\\.[a-z0-9]+$).*)"],
};
