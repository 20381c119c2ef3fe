import { setPriority } from "node:os";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";

/**
 * Lighthouse's own Node API, default mobile configuration, one Chrome for a whole run: a fresh Chrome and
 * Node process per page (as `lhci collect` does) cost a third of each run's time here and measured nothing.
 * Lighthouse resets the cache and storage before every page, so runs do not share state.
 */

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // One renderer: when a page commits in a new process, Chrome sometimes leaves its navigationStart out
  // of the trace (NO_NAVSTART).
  "--disable-site-isolation-trials",
  "--renderer-process-limit=1",
];

const report = z.object({
  requestedUrl: z.string(),
  runtimeError: z.object({ code: z.string() }).optional(),
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
});
export type Report = z.infer<typeof report>;

function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export type Browser = { run: (url: string, categories: readonly string[]) => Promise<Report>; close: () => void };

/** Tries a run once more when Chrome's trace came back unusable, as LHCI did. */
const RETRIES = 2;

export async function openBrowser(): Promise<Browser> {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  // Simulated throttling multiplies the observed main-thread time, so unrelated load on a shared 2-core
  // machine would count against the page: as root, Chrome gets a raised priority, which the renderers it
  // starts later inherit.
  if (process.getuid?.() === 0) setPriority(chrome.pid, -10);
  const run = async (url: string, categories: readonly string[]): Promise<Report> => {
    for (let attempt = 0; ; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
        disableFullPageScreenshot: true,
        skipAudits: ["screenshot-thumbnails", "final-screenshot"],
      });
      const parsed = report.parse(result?.lhr);
      if (!parsed.runtimeError || attempt >= RETRIES) return parsed;
      console.log(`lighthouse: ${url}: ${parsed.runtimeError.code}, measuring again`);
    }
  };
  return { run, close: () => chrome.kill() };
}
