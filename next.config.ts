import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds (tests, benchmarks, parallel checkouts) coexist in one tree.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
