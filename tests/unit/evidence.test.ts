import { describe, expect, it } from "vitest";
import { CONFIDENCE_RULES, STATUS_RULES, deriveEvidence, statusAllowed, type SourceIndex } from "@/lib/trust/evidence";
import { byWhom } from "@/lib/trust/attribution";
import type { Claim, Stance } from "@/lib/dataset/schema";

const sources: SourceIndex = new Map([
  ["official", { kind: "official", publication: "ozon-site" }],
  ["a1", { kind: "article", publication: "compilation" }],
  ["a2", { kind: "article", publication: "compilation" }],
  ["b", { kind: "article", publication: "blog" }],
  ["ad", { kind: "advertiser", publication: "compilation" }],
]);

function claims(...pairs: Array<[string, Stance]>): Claim[] {
  return pairs.map(([source, stance]) => ({
    source,
    stance,
    says: "…",
    ...(stance === "lists-other" ? { instead: "other" } : {}),
  }));
}

const derive = (...pairs: Array<[string, Stance]>) =>
  deriveEvidence({ claims: claims(...pairs) }, sources, { isOzon: true });

describe("deriveEvidence", () => {
  it("confirms a channel an official page lists", () => {
    expect(derive(["official", "lists"], ["a1", "lists"])).toMatchObject({ status: "active", confidence: "official" });
  });

  it("counts texts bundled on one page as one publication", () => {
    expect(derive(["a1", "lists"], ["a2", "says-works"])).toMatchObject({ status: "active", confidence: "single" });
    expect(derive(["a1", "lists"], ["b", "lists"])).toMatchObject({ status: "active", confidence: "several" });
  });

  it("never lets an advertiser's word alone make a channel work", () => {
    expect(derive(["ad", "says-works"])).toMatchObject({ status: "disputed", confidence: "advertiser" });
  });

  it("treats a contact listed in its place as a conflict, not as saying it stopped", () => {
    const e = derive(["a1", "lists"], ["official", "lists-other"], ["b", "lists-other"]);
    expect(e).toMatchObject({ status: "disputed", confidence: "conflict", rule: "conflict" });
    expect(e.tally.notWorking.articlePublications.size).toBe(0);
    expect(e.tally.notWorking.official).toBe(false);
  });

  it("does not let another contact listed by an article dispute what the official page lists", () => {
    expect(derive(["official", "lists"], ["b", "lists-other"])).toMatchObject({
      status: "active",
      confidence: "official",
    });
  });

  it("calls a channel discontinued only when a source says so and none lists it as working", () => {
    expect(derive(["b", "says-not-working"])).toMatchObject({ status: "discontinued", confidence: "single" });
    expect(derive(["b", "says-not-working"], ["a1", "lists"])).toMatchObject({
      status: "disputed",
      confidence: "conflict",
    });
  });

  it("reads nothing into silence", () => {
    expect(derive(["a1", "not-mentioned"], ["b", "not-mentioned"])).toMatchObject({
      status: "disputed",
      confidence: "none",
    });
    expect(derive(["b", "lists"], ["official", "not-mentioned"])).toMatchObject({
      status: "active",
      confidence: "single",
    });
  });

  it("marks a contact of another company third-party whatever is said about it", () => {
    const other = { isOzon: false };
    expect(deriveEvidence({ claims: claims(["a1", "lists"]) }, sources, other)).toMatchObject({
      status: "third-party",
      confidence: "single",
    });
    expect(deriveEvidence({ claims: claims(["official", "says-works"]) }, sources, other).status).toBe("third-party");
  });

  it("counts a source that says another company's contact stopped working as a witness of whose it is", () => {
    expect(
      deriveEvidence({ claims: claims(["a1", "says-not-working"], ["b", "lists"]) }, sources, { isOzon: false }),
    ).toMatchObject({ status: "third-party", confidence: "conflict" });
    expect(deriveEvidence({ claims: claims(["a1", "says-not-working"]) }, sources, { isOzon: false })).toMatchObject({
      status: "third-party",
      confidence: "single",
    });
  });

  it("has one rule text for every rule, so /sources can print them", () => {
    expect(STATUS_RULES.map((r) => r.status)).toEqual([
      "third-party",
      "disputed",
      "discontinued",
      "active",
      "disputed",
    ]);
    expect(CONFIDENCE_RULES.map((r) => r.level)).toEqual([
      "conflict",
      "official",
      "several",
      "single",
      "advertiser",
      "none",
    ]);
    for (const r of [...STATUS_RULES, ...CONFIDENCE_RULES]) expect(r.text.length).toBeGreaterThan(20);
  });
});

describe("statusAllowed", () => {
  it("accepts the derived status or a more careful «disputed», never a surer one", () => {
    expect(statusAllowed("active", "active")).toBe(true);
    expect(statusAllowed("disputed", "active")).toBe(true);
    expect(statusAllowed("disputed", "discontinued")).toBe(true);
    expect(statusAllowed("discontinued", "disputed")).toBe(false);
    expect(statusAllowed("active", "disputed")).toBe(false);
    expect(statusAllowed("disputed", "third-party")).toBe(false);
  });
});

describe("byWhom", () => {
  it("names who states something, articles counted by publication", () => {
    expect(byWhom(["b"], sources)).toBe("по одной статье");
    expect(byWhom(["official", "a1", "b"], sources)).toBe("по официальной странице и двум публикациям");
    expect(byWhom(["a1", "a2"], sources)).toBe("по статьям одного сборника");
    expect(byWhom(["ad"], sources)).toBe("по словам рекламодателя");
  });
});
