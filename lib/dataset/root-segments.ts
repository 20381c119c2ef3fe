import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Files in app/ that make no address of their own. */
const NOT_ROUTES =
  /^(page|layout|template|loading|error|global-error|global-not-found|not-found|default|route|globals)\.[a-z]+$/;

/**
 * The first path segments the site itself answers: app/'s folders (route groups looked into, dynamic
 * segments skipped), its metadata files (`robots.ts` answers /robots.txt, so `robots` is taken), public/'s
 * files and folders, and the framework's `_next`. An audience id, which lives at /<id>, must not be one.
 * Read from the folders, not listed by hand, so a new route is reserved the day it is added. Only `_next`
 * where the project's folders are not deployed (the dataset was checked against them at build time).
 */
export function rootSegments(root: string = process.cwd()): string[] {
  const segments = new Set(["_next"]);
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && /^\(.+\)$/.test(entry.name)) walk(path.join(dir, entry.name));
      else if (entry.name.startsWith("[") || NOT_ROUTES.test(entry.name)) continue;
      else segments.add(entry.isDirectory() ? entry.name : entry.name.replace(/\..*$/, ""));
    }
  };
  walk(path.join(root, "app"));
  const publicDir = path.join(root, "public");
  if (existsSync(publicDir)) for (const name of readdirSync(publicDir)) segments.add(name.replace(/\..*$/, ""));
  return [...segments].sort();
}
