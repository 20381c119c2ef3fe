import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { channel } from "@/lib/dataset/schema";

const root = path.resolve(import.meta.dirname, "../..");

function runValidator(dataDir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/validate-data.ts"], {
    cwd: root,
    env: { ...process.env, DATASET_DIR: dataDir },
    encoding: "utf8",
  });
}

describe("npm run validate:data", () => {
  it("passes on the real dataset", () => {
    const run = runValidator(path.join(root, "data"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("validate:data: ok");
  });

  it("exits non-zero on a broken copy, naming file, id and field of every error", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "data-"));
    cpSync(path.join(root, "data"), copy, { recursive: true });
    const file = path.join(copy, "channels", "hotline-8800.json");
    const record = channel.parse(JSON.parse(readFileSync(file, "utf8")));
    writeFileSync(file, `${JSON.stringify({ ...record, value: "8 800 234 70 00", replacedBy: "nowhere" }, null, 2)}\n`);
    const run = runValidator(copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("data/channels/hotline-8800.json › hotline-8800 › value:");
    expect(run.stderr).toContain("data/channels/hotline-8800.json › hotline-8800 › replacedBy: нет канала «nowhere»");
  }, 30_000);

  const desk = "data/channels/wildberries-service-desk.json › wildberries-service-desk";
  it.each([
    [
      "owned by Ozon",
      { organisation: "ozon" },
      [
        `${desk} › status: канал принадлежит Ozon: статус third-party здесь неверен`,
        "chatHours.channels.0: канал «wildberries-service-desk» принадлежит «ozon», а не «wildberries»",
      ],
    ],
    [
      "shown as working",
      { status: "active" },
      [`${desk} › status: канал Wildberries, а не Ozon: нужен статус third-party`],
    ],
  ])(
    "fails when another marketplace's channel is %s",
    (_label, change, messages) => {
      const copy = mkdtempSync(path.join(tmpdir(), "data-"));
      cpSync(path.join(root, "data"), copy, { recursive: true });
      const file = path.join(copy, "channels", "wildberries-service-desk.json");
      const record = channel.parse(JSON.parse(readFileSync(file, "utf8")));
      writeFileSync(file, `${JSON.stringify({ ...record, ...change }, null, 2)}\n`);
      const run = runValidator(copy);
      expect(run.status).toBe(1);
      for (const message of messages) expect(run.stderr).toContain(message);
    },
    30_000,
  );
});
