import { createSerwistRoute } from "@serwist/turbopack";
import { precachedResponses } from "@/lib/site/offline/precache";

/**
 * The service worker, bundled from ./worker.ts with the precache list written in, at build time (also
 * under STATIC_EXPORT). Served at /sw.js rather than under the library's usual /serwist/: from the root
 * its default scope is the whole site, where /serwist/sw.js would need a Service-Worker-Allowed header
 * that not every static host can send.
 */
const revision = process.env.PRECACHE_REVISION;
if (!revision) throw new Error("PRECACHE_REVISION is missing; next.config.ts sets one per build");

/**
 * Where the build's chunks are. Under output: export a custom distDir (NEXT_DIST_DIR) names the folder the
 * export is written to, while the build itself stays in .next; Serwist would look for them in the former.
 */
const buildDir = process.env.STATIC_EXPORT === "1" ? ".next" : (process.env.NEXT_DIST_DIR ?? ".next");

const serwist = createSerwistRoute({
  swSrc: "app/sw.js/worker.ts",
  useNativeEsbuild: true,
  nextConfig: { distDir: buildDir },
  additionalPrecacheEntries: precachedResponses(revision),
  // The static hosts' header file and the sharing card are never fetched by a page.
  globIgnores: ["public/_headers", "public/og-image.png"],
  // One classic script without a source map: every browser with service workers can run it, and the
  // site publishes no source maps for its other scripts either.
  esbuildOptions: { format: "iife", sourcemap: false },
});

export const dynamic = "force-static";

export function GET(request: Request): Promise<Response> {
  return serwist.GET(request, { params: Promise.resolve({ path: "sw.js" }) });
}
