import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/load-directory";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { syntheticDocs } from "@/lib/search/synthetic";

const directory = loadDirectory();
const docs = buildSearchDocs(directory);
const searcher = createSearcher(docs);

const top3 = (query: string): string[] =>
  searcher
    .search(query)
    .slice(0, 3)
    .map((h) => h.doc.id);

/** What a person types → the channel that must be among the first three results. */
const QUERIES: ReadonlyArray<readonly [string, string]> = [
  // Typos, word forms, case, ё/е.
  ["возрат денег", "buyer-support-chat"],
  ["выплата", "seller-support-chat"],
  ["выплаты", "seller-support-chat"],
  ["выплату", "seller-support-chat"],
  ["ВЫПЛАТЫ", "seller-support-chat"],
  ["пришёл брак", "buyer-support-chat"],
  ["пришел брак", "buyer-support-chat"],
  ["сломался товар", "buyer-support-chat"],
  ["заблокировали карту", "bank-chat"],
  // Wrong keyboard layout, transliteration, English.
  ["jpjy ctkkth", "seller-support-chat"],
  ["ыуддук ыгззщке", "seller-support-chat"],
  ["rfhnf jpjy", "bank-chat"],
  ["ozon seller support", "seller-support-chat"],
  ["bank", "bank-chat"],
  ["travel", "travel-chat"],
  ["vozvrat deneg", "buyer-support-chat"],
  ["ne prishla vyplata", "seller-support-chat"],
  ["yandex market", "yandex-market-partners-phone"],
  // Phone numbers in any format, emails and fragments.
  ["8 800 234 70 00", "hotline-8800"],
  ["88002347000", "hotline-8800"],
  ["+7 (800) 234-70-00", "hotline-8800"],
  ["+78002347000", "hotline-8800"],
  ["234-70-00", "hotline-8800"],
  ["8 800 555 89 82", "bank-phone-free"],
  ["+7 495 177-84-95", "sellermarket-phone"],
  ["sellersup", "seller-email"],
  ["help@ozon.ru", "help-email"],
  ["econsec", "econsec-email"],
  // Problems in plain words, through topics and audiences.
  ["не пришла выплата", "seller-support-chat"],
  ["заблокировали карточку", "seller-support-chat"],
  ["вернуть авиабилет", "travel-chat"],
  ["взятка сотрудника", "ethics-email"],
  ["где мой заказ", "buyer-support-chat"],
  ["курьер не пришёл", "buyer-support-chat"],
  ["поддержка не отвечает", "seller-support-chat"],
  ["купить оптом для компании", "b2b-email"],
  ["открыть пвз", "pvz-sales-email"],
  ["забронировал отель", "travel-priority-line"],
  ["журналист", "press-email"],
  ["полиция", "econsec-email"],
  ["попал в дтп с машиной озон", "driver-reports-email"],
  ["адрес офиса", "head-office-address"],
  ["инвестор", "ir-email"],
  ["whatsapp", "seller-messengers"],
];

describe("search over the real dataset", () => {
  it.each(QUERIES)("%s → %s in the top three results", (query, channelId) => {
    expect(directory.channels.some((c) => c.id === channelId)).toBe(true);
    expect(top3(query)).toContain(channelId);
  });
});

describe("what a hit says", () => {
  it("a number the sources dispute says so and points to where to go instead", () => {
    const [hit] = searcher.search("88002347000");
    expect(hit?.reason).toBe("phone");
    expect(hit?.doc.status).toBe("disputed");
    expect(hit?.doc.replacement?.id).toBe(directory.channels.find((c) => c.id === "hotline-8800")?.replacedBy);
  });
  it("a third-party number says whose it is", () => {
    const [hit] = searcher.search("+7 495 177-84-95");
    expect(hit?.doc.status).toBe("third-party");
    expect(hit?.doc.owner).toBe("СеллерМАРКЕТ");
  });
  it("a topic hit is followed by the channel the topic recommends", () => {
    const hits = searcher.search("вернуть авиабилет");
    const topicAt = hits.findIndex((h) => h.doc.kind === "topic" && h.doc.id === "travel-ticket-refund");
    expect(topicAt).toBeGreaterThanOrEqual(0);
    expect(hits[topicAt + 1]?.doc.id).toBe(hits[topicAt]?.doc.channels[0]);
    expect(hits[topicAt + 1]?.reason).toBe("suggested");
  });
  it("links each kind to its page", () => {
    const hrefs = searcher.search("продавец").map((h) => h.doc.href);
    expect(hrefs.some((h) => h.startsWith("/channels/"))).toBe(true);
    expect(hrefs).toContain("/sellers");
    expect(searcher.search("не пришла выплата").map((h) => h.doc.href)).toContain("/help/sellers/seller-payouts");
  });
  it("respects the limit and never repeats a document", () => {
    const hits = searcher.search("озон", 5);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(new Set(hits.map((h) => `${h.doc.kind}:${h.doc.id}`)).size).toBe(hits.length);
  });
});

describe("hostile input", () => {
  const hostile = [
    "",
    "     ",
    "\t\n\r",
    "a".repeat(10_000),
    "выплата ".repeat(1_250),
    "(.*)+[]{}?\\^$|",
    "😀🙈☎️📞",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202E\u200F\u200E\u2066",
    "<script>alert(1)</script>",
    "%00%20' OR 1=1 --",
    "\u0000\uFFFF\uD800",
  ];
  it.each(hostile.map((q) => [q.slice(0, 24), q]))("%j does not throw", (_label, query) => {
    expect(() => searcher.search(query)).not.toThrow();
  });
  it("returns nothing for input with nothing searchable", () => {
    for (const query of hostile.filter((q) => !q.includes("выплата") && !q.includes("script") && !q.includes("OR"))) {
      expect(searcher.search(query)).toEqual([]);
    }
  });
});

describe("how the query was read", () => {
  it("says when it searched another reading of the query", () => {
    expect(searcher.run("jpjy ctkkth").readAs).toBe("озон селлер");
    expect(searcher.run("vozvrat deneg").readAs).toBe("возврат денег");
  });
  it("says nothing when the query was searched as typed", () => {
    for (const q of ["выплата", "ozon seller support", "88002347000", "ывапролдж"])
      expect(searcher.run(q).readAs).toBeNull();
  });
});

describe("numbers inside words", () => {
  it("a number quoted in a sentence is still matched as a number", () => {
    const [hit] = searcher.search("мне звонили с 8 800 234-70-00, это озон?");
    expect(hit?.doc.id).toBe("hotline-8800");
    expect(hit?.reason).toBe("phone");
  });
});

describe("a collection ten times larger", () => {
  const large = createSearcher(syntheticDocs(docs, 1_000));
  // Copies carry the original id plus "-n"; finding a copy of the right channel is finding it.
  // Copies also borrow words from other documents, so the bar is the first five, not three.
  const isCopyOf = (id: string, original: string): boolean => id === original || id.startsWith(`${original}-`);
  it.each(QUERIES.filter(([q]) => !/\d/.test(q)).slice(0, 12))("%s still finds %s", (query, channelId) => {
    const ids = large.search(query, 5).map((h) => h.doc.id);
    expect(ids.some((id) => isCopyOf(id, channelId))).toBe(true);
  });
});
