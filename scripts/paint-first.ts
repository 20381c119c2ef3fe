import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { paintFirst } from "../lib/paint-first";

/**
 * `npm run build` runs this after `next build` (npm's postbuild): every prerendered page, in the build and
 * in a static export, loads its framework scripts and manifest after its first paint (lib/paint-first.ts).
 * It must run before the first `next start`, which copies the prerendered pages into its own cache.
 * Every page that does not look like Next's markup is reported and fails the build.
 */
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const roots = [join(DIST_DIR, "server", "app"), ...(process.env.STATIC_EXPORT === "1" ? ["out"] : [])];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

const errors: string[] = [];
let pages = 0;
let deferred = 0;
for (const root of roots) {
  if (!existsSync(root)) {
    errors.push(`${root}: no such folder (run next build first)`);
    continue;
  }
  for (const file of htmlFiles(root)) {
    try {
      const result = paintFirst(readFileSync(file, "utf8"));
      writeFileSync(file, result.html);
      pages++;
      deferred += result.deferred.length;
    } catch (error) {
      errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
for (const error of errors) console.error(`  ${error}`);
console.log(
  `paint-first: ${pages} pages load ${deferred} scripts and links after their first paint; ${errors.length} errors`,
);
if (errors.length > 0 || pages === 0) process.exit(1);
