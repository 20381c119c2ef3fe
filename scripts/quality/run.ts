import { lighthouse } from "./lighthouse";
import { load } from "./load";
import { pad, type Step } from "./pages";
import { seo } from "./seo";
import { assertBuildExists, DIST_DIR, withServer } from "./server";
import { vnu } from "./vnu";
import { weight } from "./weight";

/**
 * `npm run quality`: every server-side quality gate against one production server, in order, each
 * printing its figures. All steps run even after a miss so one run shows everything; exit 1 on any
 * miss. QUALITY_STEPS=vnu,weight runs a subset.
 */
const STEPS: ReadonlyArray<[string, Step]> = [
  ["vnu", vnu],
  ["seo", seo],
  ["weight", weight],
  ["lighthouse", lighthouse],
  ["load", load],
];

async function main(): Promise<boolean> {
  const only = process.env.QUALITY_STEPS?.split(",").map((s) => s.trim());
  const steps = STEPS.filter(([name]) => !only || only.includes(name));
  if (!process.env.BASE_URL) assertBuildExists();
  const results = await withServer(async (baseUrl) => {
    const done: Array<{ name: string; passed: boolean; seconds: number }> = [];
    for (const [name, step] of steps) {
      console.log(`\n── ${name} ${"─".repeat(60 - name.length)}`);
      const started = Date.now();
      let passed = false;
      try {
        passed = await step(baseUrl);
      } catch (error) {
        console.log(`${name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
      }
      done.push({ name, passed, seconds: (Date.now() - started) / 1000 });
    }
    return done;
  });
  console.log(`\n── summary (${process.env.BASE_URL ?? DIST_DIR}) ${"─".repeat(40)}`);
  for (const r of results)
    console.log(`${pad(r.name, 12)}${r.passed ? "pass" : "FAIL"}  ${r.seconds.toFixed(0).padStart(4)} s`);
  const failed = results.filter((r) => !r.passed).length;
  console.log(
    failed === 0 ? `quality gates: all ${results.length} met` : `quality gates: ${failed} of ${results.length} missed`,
  );
  return failed === 0;
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
