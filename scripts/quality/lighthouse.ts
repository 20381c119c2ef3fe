import { withBareApp } from "./bare-app";
import { openBrowser, type Report } from "./lighthouse-runs";
import { median, pad, pageKinds, runWhenMain, type PageKind, type Step } from "./pages";

/**
 * Lighthouse (lighthouse-runs.ts) on every page kind. The performance score is held to a reference measured
 * side by side in the same run — a bare Next.js page built with the same Next and React (bare-app.ts) —
 * because an absolute score measures the host as much as the site (the same commit scored 98 on one machine
 * of this kind and 85 on another; the bare page 86–93 on the slow one). Each round measures the bare page,
 * then every page kind once, so a slow spell hits both alike.
 */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/**
 * Points the site's median performance may trail the bare page's median. Measured side by side here once
 * the build stopped rewriting Next's output (medians of 3 and 5 alternating rounds, two runs on a busy and a
 * calmer machine of this kind): every page kind within 2 points of the bare page; single runs of one page
 * spread by up to 8 points, their medians by up to 3. 12 = that gap plus the single-run spread plus two:
 * a page that starts running much more script after it paints (a regression of ~150 ms blocking time on the
 * slow-phone simulation) still fails, and no noise measured so far would.
 */
const MARGIN = Number(process.env.LIGHTHOUSE_MARGIN ?? 12);
/** Categories that do not vary from run to run: measured in the first round only, and each must score 100. */
const STEADY = ["accessibility", "best-practices", "seo"] as const;

const score = (r: Report, category: string) => Math.round((r.categories[category]?.score ?? 0) * 100);
const metric = (r: Report, id: string) => r.audits[id]?.numericValue ?? 0;

/** What a visitor on a phone feels: how soon the answer shows and how soon a tap works. */
const FIGURES = {
  performance: { label: "perf", of: (r: Report) => score(r, "performance") },
  "total-blocking-time": { label: "TBT ms", of: (r: Report) => metric(r, "total-blocking-time") },
  "first-contentful-paint": { label: "FCP ms", of: (r: Report) => metric(r, "first-contentful-paint") },
  "largest-contentful-paint": { label: "LCP ms", of: (r: Report) => metric(r, "largest-contentful-paint") },
  interactive: { label: "TTI ms", of: (r: Report) => metric(r, "interactive") },
};
type Figure = keyof typeof FIGURES;
const FIGURE_IDS: Figure[] = [
  "performance",
  "total-blocking-time",
  "first-contentful-paint",
  "largest-contentful-paint",
  "interactive",
];

export type Medians = { runs: number; perfRuns: number[]; figures: Record<Figure, number> };

function medians(runs: Report[]): Medians {
  const of = (id: Figure) => Math.round(median(runs.map(FIGURES[id].of)));
  return {
    runs: runs.length,
    perfRuns: runs.map((r) => score(r, "performance")),
    figures: {
      performance: of("performance"),
      "total-blocking-time": of("total-blocking-time"),
      "first-contentful-paint": of("first-contentful-paint"),
      "largest-contentful-paint": of("largest-contentful-paint"),
      interactive: of("interactive"),
    },
  };
}

export type Measured = { bare: Medians; kinds: Array<PageKind & Medians & { category: (id: string) => number }> };

/**
 * `rounds` alternating rounds: the bare page, then every page kind once, so a slow spell on the machine hits
 * both alike. The first round also measures the steady categories of the site's pages.
 */
export async function measure(baseUrl: string, bareUrl: string, kinds: PageKind[], rounds: number): Promise<Measured> {
  // The server reads each prerendered page from disk on its first request; that is not the page's cost.
  for (const url of [`${bareUrl}/`, ...kinds.map((k) => `${baseUrl}${k.path}`)]) await fetch(url);
  const browser = await openBrowser();
  // A fresh Chrome's first page runs colder than every later one; that run would count against the bare page.
  await browser.run(`${bareUrl}/`, ["performance"]);
  const bareReports: Report[] = [];
  const siteReports: Report[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      bareReports.push(await browser.run(`${bareUrl}/`, ["performance"]));
      for (const kind of kinds) {
        siteReports.push(await browser.run(`${baseUrl}${kind.path}`, ["performance", ...(round === 1 ? STEADY : [])]));
      }
      console.log(`round ${round}/${rounds} measured`);
    }
  } finally {
    browser.close();
  }
  return {
    bare: medians(bareReports),
    kinds: kinds.map((kind) => {
      const runs = siteReports.filter((r) => new URL(r.requestedUrl).pathname === kind.path);
      const category = (id: string) =>
        median(runs.filter((r) => r.categories[id] !== undefined).map((r) => score(r, id)));
      return { ...kind, ...medians(runs), category };
    }),
  };
}

/** One row of figures, the same columns for the bare page and the site's page kinds. */
export function figuresRow(values: Medians): string {
  return FIGURE_IDS.map((id) => pad(values.figures[id], FIGURES[id].label.length + 2)).join("");
}

export const figuresHeader = FIGURE_IDS.map((id) => FIGURES[id].label.padStart(FIGURES[id].label.length + 2)).join("");

export const lighthouse: Step = async (baseUrl) => {
  const kinds = (await pageKinds(baseUrl)).filter((k) => k.lighthouse);
  const { bare, kinds: measured } = await withBareApp((bareUrl) => measure(baseUrl, bareUrl, kinds, RUNS));
  console.log(`${pad("page", 10)}${pad("path", 34)}${figuresHeader}  a11y  b.p.   seo  (medians of ${RUNS} runs)`);
  console.log(
    `${pad("bare", 10)}${pad("(reference)", 34)}${figuresRow(bare)}  ${pad("", 16)}  [${bare.perfRuns.join(", ")}]`,
  );
  let passed = true;
  for (const row of measured) {
    const misses = [
      ...(row.runs === RUNS ? [] : [`${row.runs} of ${RUNS} runs`]),
      ...(row.figures.performance >= bare.figures.performance - MARGIN ? [] : ["BELOW THE BARE PAGE"]),
    ];
    passed &&= misses.length === 0;
    console.log(
      `${pad(row.kind, 10)}${pad(row.path, 34)}${figuresRow(row)}  ${pad(row.category("accessibility"), 4)}  ` +
        `${pad(row.category("best-practices"), 4)}  ${pad(row.category("seo"), 4)}  [${row.perfRuns.join(", ")}]` +
        (misses.length === 0 ? "" : `  ${misses.join(", ")}`),
    );
  }
  const steady = measured.flatMap((row) =>
    STEADY.filter((id) => row.category(id) !== 100).map((id) => `${row.kind} ${id}`),
  );
  console.log(
    `lighthouse: performance median ≥ bare page's median − ${MARGIN} (${bare.figures.performance - MARGIN}); ` +
      `${STEADY.join(", ")} = 100 (${steady.length === 0 ? "pass" : `FAIL: ${steady.join(", ")}`})`,
  );
  return passed && steady.length === 0;
};

runWhenMain(import.meta.url, lighthouse);
