import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentSecurityPolicy, inlineScriptHashes } from "../../lib/site/security-headers";

/**
 * For static hosts: after `STATIC_EXPORT=1 npm run build`, writes out/_headers with the common block
 * from public/_headers plus one Content-Security-Policy per exported page, allowing that page's own
 * inline scripts by hash. Hosts combine the `/*` policy (framing only) with the page's.
 */
const OUT = process.argv[2] ?? "out";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** out/index.html → /, out/channels/x.html → /channels/x (hosts serve both with and without .html). */
function routesOf(file: string): string[] {
  const path = `/${relative(OUT, file).split(sep).join("/")}`;
  if (path === "/index.html") return ["/", "/index.html"];
  if (path.endsWith("/index.html")) return [path.slice(0, -"index.html".length), path];
  return [path.slice(0, -".html".length), path];
}

const blocks = htmlFiles(OUT)
  .sort()
  .map((file) => {
    const policy = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, "utf8")));
    return routesOf(file)
      .map((route) => `${route}\n  Content-Security-Policy: ${policy}\n`)
      .join("");
  });
const common = readFileSync(join("public", "_headers"), "utf8").trimEnd();
writeFileSync(join(OUT, "_headers"), `${common}\n\n${blocks.join("")}`);
console.log(`static-headers: ${OUT}/_headers written with a policy for ${blocks.length} pages`);
