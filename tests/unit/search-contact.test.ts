import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { contactReader } from "@/lib/search/contact";
import { lookalikesIn } from "@/lib/search/slips";
import { normalize } from "@/lib/search/normalize";

const docs = buildSearchDocs(loadDirectory());
const searcher = createSearcher(docs);
const first = (query: string) => searcher.run(query).hits[0]?.doc.href;
const asked = contactReader(["phone", "email", "app", "chat", "postal-address"], "ru");
const kinds = (query: string) => [...asked(normalize(query).split(" "))].sort();

describe("a query asking for a contact itself", () => {
  it("is one whose words all ask for a kind of contact or go with asking", () => {
    expect(kinds("почта поддержки")).toEqual(["email"]);
    expect(kinds("скачать приложение")).toEqual(["app"]);
    expect(kinds("номер телефона службы поддержки")).toEqual(["phone"]);
    expect(kinds("написать письмо на email")).toEqual(["email"]);
    // With the slips a word of its length forgives: two letters swapped from four letters.
    expect(kinds("потча поддержки")).toEqual(["email"]);
    // A word of the language is itself, not a slip: «скачок» is no «скачать», «контракт» no «контакт».
    expect(kinds("скачок")).toEqual([]);
    expect(kinds("почта контракт")).toEqual([]);
    const anyWord = contactReader(["app", "email"], "ru", lookalikesIn({ stems: {}, words: [] }));
    expect([...anyWord(["скачок"])]).toEqual(["app"]);
    expect([...anyWord(["почта", "контракт"])]).toEqual(["email"]);
    // «номер» and «письмо» go with a phone, an email and an address alike: alone they ask for no kind.
    expect(kinds("номер")).toEqual([]);
    expect(kinds("поддержка")).toEqual([]);
    // A word that goes with asking as itself is no slip for a kind: «контакты» is not «вконтакте».
    expect(kinds("контакты поддержки")).toEqual([]);
    // A word saying what the contact is wanted for makes it a question about that.
    expect(kinds("почта для возврата")).toEqual([]);
    expect(kinds("приложение вылетает")).toEqual([]);
  });

  it("opens the social network named in Latin letters, the preposition read as one", () => {
    expect(first("ozon v odnoklassnikah")).toBe("/channels/ozon-odnoklassniki");
    expect(first("озон в одноклассниках")).toBe("/channels/ozon-odnoklassniki");
  });

  it("opens the contact of the audience named even when no record of it fits the other words", () => {
    // No crossborder record holds «email» or «support»: its page would come first, and the buyers' address next.
    expect(first("email cross border")).toBe("/channels/crossborder-email");
    expect(first("продавец почта")).toBe("/channels/seller-email");
  });

  it("opens the main chat for a bare request for contacts", () => {
    expect(first("контакты озон")).toBe("/channels/buyer-support-chat");
    expect(first("контакты поддержки продавцов")).toBe("/channels/seller-support-chat");
  });

  it("opens the contact, not the topic that names it", () => {
    expect(first("скачать приложение озон")).toBe("/channels/ozon-app");
    expect(first("ozon cross-border seller support email")).toBe("/channels/crossborder-email");
    expect(first("ozon investor relations email")).toBe("/channels/ir-email");
  });

  it("keeps the answer when the words say what the contact is for", () => {
    expect(first("почта для возврата")).toBe("/help/buyers/buyer-return");
    expect(first("приложение вылетает")).toBe("/help/buyers/buyer-tech-issue");
  });

  it("never puts a phone nobody answers for the asker, or another audience's contact, first", () => {
    // Buyers have no number a person answers: how to reach one comes first, with what the numbers do.
    expect(first("телефон поддержки покупателей")).toBe("/help/buyers/buyer-call-human");
    expect(first("горячая линия озон")).toBe("/help/buyers/buyer-call-human");
    // The sellers' own address, active, does not jump the one buyers and sellers share.
    expect(first("почта поддержки")).toBe("/channels/help-email");
  });
});
