import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // STATIC_EXPORT=1 writes plain files to out/ for any static host or CDN.
  output: process.env.STATIC_EXPORT === "1" ? "export" : undefined,
  // Lets several builds (tests, benchmarks, parallel checkouts) coexist in one tree.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
