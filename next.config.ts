import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // STATIC_EXPORT=1 writes plain files to out/ for any static host or CDN.
  output: process.env.STATIC_EXPORT === "1" ? "export" : undefined,
  // Lets several builds (tests, benchmarks, parallel checkouts) coexist in one tree.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Every response; the per-page Content-Security-Policy comes from proxy.ts. Static hosts: public/_headers.
  // Not with output: export, where Next ignores them and warns.
  ...(process.env.STATIC_EXPORT === "1"
    ? {}
    : { headers: async () => [{ source: "/:path*", headers: [...SECURITY_HEADERS] }] }),
};

export default nextConfig;
