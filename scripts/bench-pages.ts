/**
 * Page benchmark (after `npm run build`): every page kind beside a bare Next.js page built with the same Next
 * and React, measured in the same run by Lighthouse's default mobile configuration in alternating rounds
 * (BENCH_ROUNDS, default 5), with each page's gzip bytes. Prints medians and whether each kind meets the goal:
 * performance at least the bare page's minus 5 and total blocking time at most the bare page's plus 150 ms.
 * A benchmark, not a gate: figures on a shared machine vary, so it always exits 0 once it has measured.
 */
import { withBareApp } from "./quality/bare-app";
import { GOAL, figuresHeader, figuresRow, goalMisses, measure } from "./quality/lighthouse";
import { pad, pageKinds } from "./quality/pages";
import { withServer } from "./quality/server";
import { pageWeight } from "./quality/weight";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);

async function main(): Promise<void> {
  await withServer(async (baseUrl) => {
    const kinds = await pageKinds(baseUrl);
    await withBareApp(async (bareUrl) => {
      const weights = new Map<string, Awaited<ReturnType<typeof pageWeight>>>();
      weights.set("bare", await pageWeight(bareUrl, "/"));
      for (const kind of kinds) weights.set(kind.kind, await pageWeight(baseUrl, kind.path));
      const { bare, kinds: measured } = await measure(baseUrl, bareUrl, kinds, ROUNDS);
      const bytes = (kind: string) => {
        const sizes = weights.get(kind)?.sizes;
        return sizes ? `${kb(sizes.js)}${kb(sizes.html)}` : "";
      };
      console.log(
        `\n${pad("page", 10)}${figuresHeader}  JS kB  HTML kB  goal  (medians of ${ROUNDS} rounds, gzip bytes)`,
      );
      console.log(`${pad("bare", 10)}${figuresRow(bare)}${bytes("bare")}`);
      let met = 0;
      for (const row of measured) {
        const misses = goalMisses(row, bare);
        if (misses.length === 0) met++;
        console.log(
          `${pad(row.kind, 10)}${figuresRow(row)}${bytes(row.kind)}  ${misses.length === 0 ? "met" : `missed: ${misses.join(", ")}`}`,
        );
      }
      console.log(
        `\ngoal: performance ≥ bare − ${GOAL.points} and TBT ≤ bare + ${GOAL.blockingMs} ms; met by ${met} of ${measured.length} page kinds`,
      );
    });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
