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
  describe("a problem several audiences share", () => {
    const topic = (id: string, audience: string, phrases: string[], problem?: string) => ({
      file: "data/topics.json",
      value: { id, audience, phrases, ...(problem ? { problem } : {}) },
    });
    it("lets its topics share a phrase, which then asks who is asking", () => {
      const topics = [topic("b", "buyers", ["заблокировали аккаунт"], "account")];
      expect(
        checkPhrases([...topics, topic("s", "sellers", ["аккаунт заблокировали"], "account")], "g", undefined),
      ).toEqual([]);
    });
    it("still rejects a phrase a topic of the problem has twice", () => {
      const topics = [
        topic("b", "buyers", ["заблокировали аккаунт"], "account"),
        topic("s", "sellers", ["заблокировали аккаунт", "аккаунт заблокировали"], "account"),
      ];
      expect(checkPhrases(topics, "g", undefined).map((e) => [e.id, e.field])).toEqual([["s", "phrases.1"]]);
    });
    it("rejects the phrase shared by topics of different problems, or of no problem", () => {
      const errors = checkPhrases(
        [topic("b", "buyers", ["отменить заказ"], "cancel"), topic("s", "sellers", ["отменить заказ"], "status")],
        "g",
        undefined,
      );
      expect(errors.map((e) => [e.id, e.field])).toEqual([
        ["s", "phrases.0"],
        ["b", "problem"],
        ["s", "problem"],
      ]);
      expect(
        checkPhrases([topic("b", "buyers", ["чат"]), topic("s", "sellers", ["чат"])], "g", undefined),
      ).toHaveLength(1);
    });
    it("rejects a problem two topics of one audience claim, and one no other audience has", () => {
      const errors = checkPhrases(
        [topic("b", "buyers", ["возврат"], "returns"), topic("c", "buyers", ["обмен"], "returns")],
        "g",
        undefined,
      );
      expect(errors).toEqual([
        { file: "data/topics.json", id: "c", field: "problem", message: expect.stringContaining("уже есть тема") },
      ]);
      expect(checkPhrases([topic("b", "buyers", ["возврат"], "returns")], "g", undefined)[0]?.message).toContain(
        "только у этой темы",
      );
    });
  });
});
