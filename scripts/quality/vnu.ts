import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { runWhenMain, sitemapPaths, type Step } from "./pages";

const VNU_JAR = join("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

const report = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});

/** vnu writes its JSON report to stderr; anything else there means vnu itself failed. */
function parseReport(stderr: string): z.infer<typeof report> {
  try {
    return report.parse(JSON.parse(stderr));
  } catch {
    throw new Error(`unexpected vnu output: ${stderr.slice(0, 500)}`);
  }
}

/** Asynchronously, so the event loop keeps the HTTP client's sockets current meanwhile. */
function runVnu(dir: string): Promise<string> {
  const args = ["-Xss1024k", "-jar", VNU_JAR, "--errors-only", "--format", "json", dir];
  return new Promise((resolve, reject) => {
    execFile("java", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // vnu exits 1 when it found errors: that is a result, not a failure to run.
      if (error && typeof error.code !== "number") {
        reject(new Error(`could not run java (Java 11+ is needed for vnu.jar): ${error.message}`));
        return;
      }
      resolve(stderr);
    });
  });
}

function fileNameFor(path: string): string {
  return path === "/" ? "index.html" : `${path.slice(1).replaceAll("/", "__")}.html`;
}

/** The Nu HTML Checker over every page in the sitemap, as served by the production server. */
export const vnu: Step = async (baseUrl) => {
  const paths = await sitemapPaths(baseUrl);
  const dir = mkdtempSync(join(tmpdir(), "quality-vnu-"));
  try {
    const pathOf = new Map<string, string>();
    let unreachable = 0;
    for (const path of paths) {
      const response = await fetch(`${baseUrl}${path}`);
      if (!response.ok) {
        console.log(`  ${path}: listed in the sitemap but answered ${response.status}`);
        unreachable += 1;
        continue;
      }
      const file = fileNameFor(path);
      pathOf.set(file, path);
      writeFileSync(join(dir, file), await response.text());
    }
    const started = Date.now();
    const stderr = await runVnu(dir);
    const errors = parseReport(stderr).messages.filter((m) => m.type === "error" || m.subType === "fatal");
    for (const error of errors) {
      const file = error.url?.split("/").pop() ?? "?";
      console.log(`  ${pathOf.get(file) ?? file}:${error.lastLine ?? "?"}: ${error.message}`);
      if (error.extract) console.log(`      ${error.extract.replace(/\s+/g, " ").trim().slice(0, 160)}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `vnu: ${pathOf.size} pages checked in ${seconds} s, ${errors.length} errors, ${unreachable} unreachable`,
    );
    return errors.length === 0 && unreachable === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

runWhenMain(import.meta.url, vnu);
