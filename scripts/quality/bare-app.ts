import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startNext } from "./server";

/**
 * The reference the Lighthouse step measures the site against: a bare Next.js page (one heading, one
 * paragraph, five links, no data, no CSS framework) built with this project's own Next and React, in a
 * throwaway folder. Measured side by side with the site in the same run, it tells what the machine
 * scores for "nothing at all", so the gate holds on fast and slow hosts alike.
 */
const LAYOUT = `export const metadata = { title: "Пустая страница", description: "Эталонная страница для сравнения скорости." };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Эталонная страница</h1>
      <p>Страница без данных и стилей: с ней сравнивается скорость сайта на той же машине в том же прогоне.</p>
      <ul>
        {["Раз", "Два", "Три", "Четыре", "Пять"].map((label, i) => (
          <li key={label}>
            <a href={\`/#\${i}\`}>{label}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "esnext"],
    strict: true,
    noEmit: true,
    module: "esnext",
    moduleResolution: "bundler",
    jsx: "react-jsx",
    isolatedModules: true,
    skipLibCheck: true,
    plugins: [{ name: "next" }],
  },
  include: ["**/*.tsx", "**/*.ts"],
};

/** Writes and builds the bare app; returns its folder (delete it when done). */
function buildBareApp(projectRoot: string = process.cwd()): string {
  const dir = mkdtempSync(join(tmpdir(), "quality-bare-"));
  mkdirSync(join(dir, "app"));
  writeFileSync(join(dir, "app", "layout.tsx"), LAYOUT);
  writeFileSync(join(dir, "app", "page.tsx"), PAGE);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  // The project's node_modules, linked: the same Next and React, nothing downloaded. Turbopack compiles
  // only files under its root, so the root must hold both folders.
  symlinkSync(resolve(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "next.config.mjs"), `export default { turbopack: { root: "/" } };\n`);
  const next = resolve(projectRoot, "node_modules", ".bin", "next");
  const built = spawnSync(next, ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
  });
  if (built.status !== 0) throw new Error(`bare app build failed:\n${built.stdout}\n${built.stderr}`.slice(-2000));
  return dir;
}

/** Builds the bare app, serves it with `next start` while `fn` runs, then removes it. */
export async function withBareApp<T>(fn: (bareUrl: string) => Promise<T>): Promise<T> {
  const dir = buildBareApp();
  try {
    const server = await startNext(dir, ".next");
    try {
      return await fn(server.baseUrl);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
