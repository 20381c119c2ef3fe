import { randomUUID } from "node:crypto";
import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/site/security-headers";

const STATIC_EXPORT = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Route handlers that need a running server (the reports API) are named route.server.ts; a static
  // export has no server, so there they are not routes at all.
  pageExtensions: STATIC_EXPORT ? ["tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js", "server.ts"],
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  // Each language has its own root layout (app/(ru), app/en), so unmatched addresses need their own document.
  experimental: { globalNotFound: true },
  // STATIC_EXPORT=1 writes plain files to out/ for any static host or CDN.
  output: STATIC_EXPORT ? "export" : undefined,
  // Lets several builds (tests, benchmarks, parallel checkouts) coexist in one tree.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Inlined into the service-worker route when it is compiled, so every build worker that prerenders it
  // writes the same revision into the precache list; a new one per build, as every page's markup changes.
  env: { PRECACHE_REVISION: randomUUID() },
  // Every response; the per-page Content-Security-Policy comes from proxy.ts. Static hosts: public/_headers.
  // Not with output: export, where Next ignores them and warns.
  ...(STATIC_EXPORT ? {} : { headers: async () => [{ source: "/:path*", headers: [...SECURITY_HEADERS] }] }),
};

// Keeps esbuild, which bundles the service worker at build time (app/sw.js/route.ts), out of the server bundle.
// next-intl reads its request configuration (lib/i18n/request.ts) on the server only.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withSerwist(withNextIntl(nextConfig));
