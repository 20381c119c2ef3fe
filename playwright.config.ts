import { defineConfig, devices } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

// A fresh reports database per run, so that counts in the tests never depend on earlier runs. Set once
// in the runner and inherited by its workers, which load this file again.
const E2E_DATA_DIR = (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "e2e-reports-")));

/**
 * Playwright's own browser when it is installed; otherwise Debian's chromium
 * (machines that cannot download browsers). CHROMIUM_PATH overrides both.
 */
function executablePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.env.PLAYWRIGHT_BUNDLED === "1") return undefined;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

const DESKTOP_SKIPS = [
  "**/trust.spec.ts",
  "**/routing.spec.ts",
  "**/foundation.spec.ts",
  "**/compose.spec.ts",
  "**/reports.spec.ts",
  "**/offline.spec.ts",
  "**/english.spec.ts",
  "**/english-reports.spec.ts",
  "**/english-compose.spec.ts",
  "**/english-search.spec.ts",
  "**/english-check.spec.ts",
];

const launchOptions = {
  executablePath: executablePath(),
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    // Each test's fresh context would otherwise install the offline worker, which downloads every page of
    // the site; tests/e2e/offline.spec.ts allows it where it is what is tested.
    serviceWorkers: "block",
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 5"], viewport: { width: 360, height: 740 }, launchOptions } },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions },
      // Flows whose behaviour does not depend on the screen run once, at the phone size most visitors have;
      // at the desktop size run what layout changes: axe, the keyboard, headers, the QR code, the comparison
      // table and the search page.
      testIgnore: DESKTOP_SKIPS,
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    // Includes creating the reports database (PGlite) in the fresh DATA_DIR, slow on a busy machine.
    timeout: 180_000,
    // Every page is loaded at two sizes in parallel, each posting from the same loopback client.
    env: { DATA_DIR: E2E_DATA_DIR, REPORTS_RATE_LIMIT: "10000" },
  },
});
