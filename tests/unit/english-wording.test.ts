import { describe, expect, it } from "vitest";
import {
  SEVERAL_SOURCES,
  SEVERAL_SOURCES_IN,
  byWhom,
  confidenceLabel,
  confidenceMark,
  costText,
  disagreementSummary,
  sidesOf,
  sourceKindLabel,
  sourceKindLabels,
  stanceLabel,
  stanceLabels,
  type NumberedSource,
} from "@/lib/trust/attribution";
import { CONFIDENCE_RULES, STATUS_RULES, deriveEvidence, type SourceIndex } from "@/lib/trust/evidence";
import { statusLabel, statusLabels } from "@/lib/trust/status";
import {
  actionLabel,
  costLabel,
  costLabels,
  formatResponseTime,
  kindLabel,
  kindLabels,
  unitNamesEn,
} from "@/lib/text/channel";
import { firstReplyRange } from "@/lib/replies/range";
import { listEn, pluralEn } from "@/lib/text/russian";
import { loadDirectory } from "@/lib/dataset/load";
import type { Channel, Claim, Confidence, ResponseTime, Stance } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";

const CYRILLIC = /\p{Script=Cyrillic}/u;

function expectEnglish(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(CYRILLIC);
}

describe("tables with both languages", () => {
  type Table = Readonly<Record<string, string>>;
  const tables: Array<[string, Table, Readonly<Record<Locale, Table>>]> = [
    ["statusLabels", statusLabel, statusLabels],
    ["kindLabels", kindLabel, kindLabels],
    ["costLabels", costLabel, costLabels],
    ["sourceKindLabels", sourceKindLabel, sourceKindLabels],
    ["stanceLabels", stanceLabel, stanceLabels],
  ];

  it.each(tables)("%s.ru is the Russian table itself", (_name, russian, both) => {
    expect(both.ru).toBe(russian);
  });

  it.each(tables)("%s.en has every key of the Russian table, each in English", (_name, russian, both) => {
    expect(Object.keys(both.en).sort()).toEqual(Object.keys(russian).sort());
    for (const [key, text] of Object.entries(both.en)) {
      expectEnglish(text);
      expect(text).not.toBe(russian[key]);
    }
  });

  it("words statuses, kinds, costs, source kinds and stances", () => {
    expect(statusLabels.en).toEqual({
      active: "Working",
      disputed: "In doubt",
      discontinued: "Not working",
      "third-party": "Not Ozon",
    });
    expect(kindLabels.en["web-form"]).toBe("Web form");
    expect(kindLabels.en["knowledge-base"]).toBe("Knowledge base");
    expect(costLabels.en).toEqual({ free: "Free", "regular-rate": "At your operator's rate", unknown: "Cost unknown" });
    expect(sourceKindLabels.en.advertiser).toBe("Advertiser's text");
    expect(stanceLabels.en["lists-other"]).toBe("gives another contact in its place");
  });

  it("has an English twin of «по разным источникам»", () => {
    expect(SEVERAL_SOURCES_IN).toEqual({ ru: SEVERAL_SOURCES, en: "according to different sources" });
  });
});

const time = (from: number | undefined, to: number, unit: ResponseTime["unit"]): ResponseTime => ({
  from,
  to,
  unit,
  stage: "first-reply",
  source: "test",
});

describe("formatResponseTime in English", () => {
  it.each([
    [time(undefined, 24, "hours"), "up to 24 hours"],
    [time(undefined, 1, "hours"), "up to 1 hour"],
    [time(0, 1, "business-days"), "up to 1 business day"],
    [time(undefined, 21, "days"), "up to 21 days"],
    [time(2, 3, "business-days"), "2–3 business days"],
    [time(10, 15, "minutes"), "10–15 minutes"],
    [time(1, 1, "minutes"), "1 minute"],
    [time(5, 5, "days"), "5 days"],
    [time(undefined, 0, "minutes"), "immediately"],
  ])("%j → %s", (r, text) => {
    expect(formatResponseTime(r, "en")).toBe(text);
  });

  it("keeps Russian the default", () => {
    expect(formatResponseTime(time(undefined, 24, "hours"))).toBe("до 24 часов");
    expect(formatResponseTime(time(undefined, 24, "hours"), "ru")).toBe("до 24 часов");
  });

  it("names every unit in English, singular then plural", () => {
    for (const forms of Object.values(unitNamesEn)) for (const form of forms) expectEnglish(form);
  });

  it("gives the span of first-reply times in English", () => {
    expect(firstReplyRange([time(10, 15, "minutes"), time(5, 30, "minutes")], "en")).toBe("5–30 minutes");
    expect(firstReplyRange([time(undefined, 2, "hours"), time(1, 24, "hours")], "en")).toBe("up to 24 hours");
    expect(firstReplyRange([time(1, 1, "days")], "en")).toBe("1 day");
    expect(firstReplyRange([time(1, 1, "days")])).toBe("1 день");
  });
});

const dir = loadDirectory();

function ofKind(kind: Channel["kind"]): Channel {
  const c = dir.channels.find((x) => x.kind === kind);
  if (!c) throw new Error(`no ${kind} channel`);
  return c;
}

describe("actionLabel in English", () => {
  it.each<[Channel["kind"], string, string]>([
    ["phone", "Call", "Позвонить"],
    ["email", "Send an email", "Написать письмо"],
    ["postal-address", "Address", "Адрес"],
    ["chat", "Open", "Открыть"],
  ])("%s → %s", (kind, english, russian) => {
    expect(actionLabel(ofKind(kind), "en")).toBe(english);
    expect(actionLabel(ofKind(kind))).toBe(russian);
  });
});

const sources: SourceIndex = new Map([
  ["official", { kind: "official", publication: "ozon-site" }],
  ["a1", { kind: "article", publication: "compilation" }],
  ["a2", { kind: "article", publication: "compilation" }],
  ["b", { kind: "article", publication: "blog" }],
  ["c", { kind: "article", publication: "news" }],
  ["ad", { kind: "advertiser", publication: "compilation" }],
]);

describe("byWhom in English", () => {
  it.each([
    [["official"], "according to the official page"],
    [["a1"], "according to one article"],
    [["a1", "a2"], "according to articles in one collection"],
    [["a1", "b"], "according to two publications"],
    [["a1", "a2", "b", "c"], "according to three publications"],
    [["ad"], "according to the advertiser"],
    [["official", "a1", "b"], "according to the official page and two publications"],
    [["official", "a1", "ad"], "according to the official page, one article and the advertiser"],
    [["unknown"], ""],
  ])("%j → %s", (ids, text) => {
    expect(byWhom(ids, sources, "en")).toBe(text);
  });

  it("counts past five in figures", () => {
    const many: SourceIndex = new Map(
      ["p1", "p2", "p3", "p4", "p5", "p6"].map((p) => [p, { kind: "article", publication: p }]),
    );
    expect(byWhom([...many.keys()], many, "en")).toBe("according to 6 publications");
    expect(byWhom([...many.keys()], many)).toBe("по 6 публикациям");
  });

  it("keeps Russian the default", () => {
    expect(byWhom(["official", "a1", "b"], sources)).toBe("по официальной странице и двум публикациям");
  });
});

function claims(...pairs: Array<[string, Stance]>): Claim[] {
  return pairs.map(([source, stance]) => ({
    source,
    stance,
    says: "…",
    ...(stance === "lists-other" ? { instead: "other" } : {}),
  }));
}

const derive = (list: Claim[]) => deriveEvidence({ claims: list }, sources, { isOzon: true });

describe("disagreementSummary and sidesOf in English", () => {
  it("counts publications with English plurals", () => {
    const list = claims(["a1", "lists"], ["b", "says-not-working"], ["c", "says-not-working"]);
    expect(disagreementSummary(derive(list), "en")).toBe(
      "Sources disagree: 1 publication lists it as working, 2 publications say it does not work.",
    );
  });

  it("names a source that gives another contact in this one's place", () => {
    const list = claims(["a1", "says-works"], ["b", "says-works"], ["c", "lists-other"]);
    expect(disagreementSummary(derive(list), "en")).toBe(
      "Sources disagree: 2 publications list it as working, 1 publication gives another contact in its place.",
    );
    expect(disagreementSummary(derive(list))).toBe(
      "Источники расходятся: 2 публикации приводят его как действующий, 1 публикация даёт на его месте другой контакт.",
    );
  });

  it("says nothing when the sources agree", () => {
    expect(disagreementSummary(derive(claims(["a1", "lists"])), "en")).toBeNull();
  });

  it("labels each side in English", () => {
    const list = claims(["a1", "lists"], ["b", "says-not-working"], ["c", "lists-other"], ["ad", "not-mentioned"]);
    expect(sidesOf(list, "en").map((s) => s.label)).toEqual([
      "List it as working",
      "Say it does not work",
      "Give another contact in its place",
      "Do not name this channel",
    ]);
    expect(sidesOf(list).map((s) => s.label)[0]).toBe("Приводят как действующий");
  });
});

describe("confidence in English", () => {
  const levels: Confidence[] = ["conflict", "official", "several", "single", "advertiser", "none"];

  it("words every level", () => {
    expect(levels.map((l) => confidenceLabel(l, "en"))).toEqual([
      "Sources disagree",
      "Confirmed by the official page",
      "Several publications agree",
      "One publication",
      "Only the advertiser's word",
      "Not confirmed",
    ]);
    expect(confidenceLabel("single")).toBe("Одна публикация");
  });

  it("gives the mark its English label and the same sources", () => {
    const numbered = new Map<string, NumberedSource>([["official", { id: "official", number: 1, title: "Ozon" }]]);
    const list = claims(["official", "lists"]);
    const en = confidenceMark(derive(list), list, numbered, "en");
    const ru = confidenceMark(derive(list), list, numbered);
    expect(en.label).toBe("Confirmed by the official page");
    expect(ru.label).toBe("Подтверждено официальной страницей");
    expect(en.sources).toEqual(ru.sources);
  });

  it("has an English label and text for every rule, for /sources", () => {
    for (const r of CONFIDENCE_RULES) {
      expectEnglish(r.en.label);
      expect(r.en.label).not.toBe(r.label);
    }
    for (const r of [...STATUS_RULES, ...CONFIDENCE_RULES]) {
      expectEnglish(r.en.text);
      expect(r.en.text.length).toBeGreaterThan(20);
    }
  });
});

describe("costText in English", () => {
  it.each<[Pick<Channel, "cost" | "value">, string]>([
    [{ cost: "free", value: "+78002347000" }, "Free from Russian phones, like any 8 800 number"],
    [{ cost: "regular-rate", value: "+74951234567" }, "At your operator's rate, like any landline number"],
    [{ cost: "regular-rate", value: undefined }, "At your operator's rate"],
    [{ cost: "free", value: "https://example.com" }, "Free"],
    [{ cost: "unknown", value: "support@example.com" }, "Cost unknown"],
  ])("%j → %s", (channel, text) => {
    expect(costText(channel, "en")).toBe(text);
  });

  it("keeps Russian the default", () => {
    expect(costText({ cost: "regular-rate", value: "+74951234567" })).toBe(
      "По тарифу вашего оператора, как любой городской номер",
    );
  });
});

describe("English list and plural", () => {
  it.each([
    [[], ""],
    [["Ozon"], "Ozon"],
    [["Ozon", "Wildberries"], "Ozon and Wildberries"],
    [["Ozon", "Wildberries", "AliExpress"], "Ozon, Wildberries and AliExpress"],
  ])("listEn(%j) → %s", (items, text) => {
    expect(listEn(items)).toBe(text);
  });

  it.each([
    [1, "publication"],
    [2, "publications"],
    [21, "publications"],
    [0, "publications"],
  ])("pluralEn(%d) → %s", (n, form) => {
    expect(pluralEn(n, ["publication", "publications"])).toBe(form);
  });
});
