import { describe, expect, it } from "vitest";
import { confidenceMark, costText, disagreementSummary, numberSources, sidesOf } from "@/lib/trust/attribution";
import { deriveEvidence, sourceIndex } from "@/lib/trust/evidence";
import { loadDirectory } from "@/lib/dataset/load";
import type { Channel } from "@/lib/dataset/schema";

const dir = loadDirectory();
const index = sourceIndex(dir.sources);
const numbered = numberSources(dir.sources);

function channel(id: string): Channel {
  const c = dir.channels.find((x) => x.id === id);
  if (!c) throw new Error(`no channel ${id}`);
  return c;
}

function evidence(c: Channel) {
  const owner = dir.organisations.find((o) => o.id === c.organisation);
  if (!owner) throw new Error(`no organisation ${c.organisation}`);
  return deriveEvidence(c, index, owner);
}

const mark = (id: string) => confidenceMark(evidence(channel(id)), channel(id).claims, numbered);

describe("numbered sources", () => {
  it("numbers every source once, by its place in sources.json, the order of /sources", () => {
    expect([...numbered.values()].map((n) => n.number)).toEqual(dir.sources.map((_, i) => i + 1));
    expect(numbered.get(dir.sources[0]?.id ?? "")?.number).toBe(1);
  });
});

describe("confidenceMark: the level and the numbered sources that take a side", () => {
  it("for a working channel, lists the sources that give it as working and leaves out those that do not name it", () => {
    const vk = mark("ozon-vk");
    expect(vk.level).toBe("single");
    const ids = vk.sources.map((s) => s.id);
    expect(ids).toContain("hotline-closed-article");
    expect(ids).not.toContain("support-overview");
    expect(ids).not.toContain("all-contacts-article");
    expect(vk.sources.map((s) => s.number)).toEqual([...vk.sources.map((s) => s.number)].sort((a, b) => a - b));
  });

  it("for a disputed line, lists both sides and none that leaves it out", () => {
    const hotline = mark("hotline-8800");
    expect(hotline.level).toBe("conflict");
    expect(hotline.label).toBe("Источники расходятся");
    const ids = hotline.sources.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(["all-contacts-article", "hotline-closed-article", "marketplaces-review"]),
    );
    expect(ids).not.toContain("support-overview");
    expect(ids).not.toContain("seller-request-guide");
  });
});

describe("sidesOf: the disagreement in full", () => {
  it("groups every claim under the side its source takes", () => {
    const sides = sidesOf(channel("hotline-8800").claims);
    expect(sides.map((s) => s.label)).toEqual([
      "Приводят как действующий",
      "Пишут, что не работает",
      "Не называют этот канал",
    ]);
    expect(sides.flatMap((s) => s.claims)).toHaveLength(channel("hotline-8800").claims.length);
  });

  it("summarises the split by publication", () => {
    expect(disagreementSummary(evidence(channel("hotline-8800")))).toBe(
      "Источники расходятся: 1 публикация приводит его как действующий, 2 публикации пишут, что он не работает.",
    );
    expect(disagreementSummary(evidence(channel("buyer-support-chat")))).toBeNull();
  });
});

describe("costText: what a call costs and on what basis", () => {
  it("says a free 8 800 call rests on the numbering rule, not on a source", () => {
    expect(costText(channel("bank-phone-free"))).toBe("Бесплатно с российских телефонов, как любой номер 8 800");
  });

  it("says a city number's tariff rests on the same rule", () => {
    expect(costText(channel("bank-phone-moscow"))).toBe("По тарифу вашего оператора, как любой городской номер");
  });

  it("gives the stored cost where the number is not known", () => {
    expect(costText(channel("travel-priority-line"))).toBe("Бесплатно");
  });
});
