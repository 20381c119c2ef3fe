import { describe, expect, it } from "vitest";
import { checkPhrases } from "@/lib/dataset/validate-phrases";

const record = (id: string, phrases: string[]) => ({ file: `data/channels/${id}.json`, value: { id, phrases } });
const guidance = (phrases: string[]) => ({ numberCheck: { phrases } });

describe("checkPhrases", () => {
  it("accepts normalised phrases that each lead to one record", () => {
    expect(
      checkPhrases([record("a", ["позвонить", "call"]), record("b", ["чат"])], "g", guidance(["мошенники"])),
    ).toEqual([]);
  });
  it("rejects a phrase not stored the way search normalises it", () => {
    const [error] = checkPhrases([record("a", ["Позвонить!"])], "g", undefined);
    expect(error).toMatchObject({ id: "a", field: "phrases.0" });
    expect(error?.message).toContain("«позвонить»");
  });
  it("rejects a phrase of stopwords only", () => {
    expect(checkPhrases([record("a", ["как в"])], "g", undefined)[0]?.message).toContain("служебных слов");
  });
  it("rejects a phrase that says the same as another record's, in any word form or order", () => {
    const errors = checkPhrases([record("a", ["позвонить оператору"])], "g", guidance(["оператор позвонить"]));
    expect(errors).toEqual([
      { file: "g", id: "numberCheck", field: "phrases.0", message: expect.stringContaining("«a»") },
    ]);
  });
});
