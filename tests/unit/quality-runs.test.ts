import { describe, expect, it } from "vitest";
import { collectRuns } from "../../scripts/quality/runs";

/** An attempt that fails at the given indexes and otherwise returns its index. */
function failingAt(indexes: number[]) {
  const seen: number[] = [];
  const attempt = async (index: number) => {
    seen.push(index);
    if (indexes.includes(index)) throw new Error(`trace lost at ${index}\nstack`);
    return index;
  };
  return { attempt, seen };
}

describe("collectRuns", () => {
  it("returns the wanted number of results when nothing fails", async () => {
    const { attempt, seen } = failingAt([]);
    const { results, lost } = await collectRuns(3, attempt, () => undefined);
    expect(results).toEqual([0, 1, 2]);
    expect(lost).toEqual([]);
    expect(seen).toEqual([0, 1, 2]);
  });

  it("runs a lost attempt again under a new index and reports it", async () => {
    const { attempt, seen } = failingAt([1, 2]);
    const reported: Array<[string, number]> = [];
    const { results, lost } = await collectRuns(3, attempt, (message, count) => reported.push([message, count]));
    expect(results).toEqual([0, 3, 4]);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(lost).toEqual(["trace lost at 1", "trace lost at 2"]);
    expect(reported).toEqual([
      ["trace lost at 1", 1],
      ["trace lost at 2", 2],
    ]);
  });

  it("gives up once as many attempts have failed as were wanted", async () => {
    const { attempt, seen } = failingAt([0, 2, 3]);
    await expect(collectRuns(3, attempt, () => undefined)).rejects.toThrow("3 runs failed; last: trace lost at 3");
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it("reports a thrown value that is not an Error", async () => {
    const attempt = async (index: number) => {
      if (index === 0) throw "chrome did not start";
      return index;
    };
    const { results, lost } = await collectRuns(2, attempt, () => undefined);
    expect(results).toEqual([1, 2]);
    expect(lost).toEqual(["chrome did not start"]);
  });
});
