import { describe, expect, it } from "vitest";
import { checkContact, toCheckEntries, toSenderNames, type CheckResult } from "@/lib/check/match";
import { adviceFor, SAFETY_RULE, SAFETY_RULES } from "@/lib/check/advice";
import { confidenceOf, directory, organisationOf } from "./fixtures/check-directory";

/** The number check in English: the same answers as in Russian, every word of them in English. */

const englishPage = (id: string) => ({ href: `/en/channels/${id}` });
const entries = toCheckEntries(directory.channels, organisationOf, confidenceOf, {
  locale: "en",
  linkOf: englishPage,
});
const russianEntries = toCheckEntries(directory.channels, organisationOf, confidenceOf);
const senders = toSenderNames(directory.organisations, "en");

/** Cyrillic outside «…», where a quoted on-screen name may keep it. */
const UNQUOTED_CYRILLIC = /\p{Script=Cyrillic}/u;
function expectEnglish(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text.replace(/«[^»]*»/g, "")).not.toMatch(UNQUOTED_CYRILLIC);
}

function answered(input: string, list = entries): Exclude<CheckResult, { kind: "empty" }> {
  const r = checkContact(input, list, senders);
  if (r.kind === "empty") throw new Error("empty");
  return r;
}

function advise(input: string) {
  const result = answered(input);
  return { result, advice: adviceFor(result, "en") };
}

const inputs = [
  "sellersup@ozon.ru",
  "8 800 234-70-00",
  "+7 495 177-8-495",
  "+7 (495) 974-35-03",
  "sales@wildberries.ru",
  "+7 999 123-45-67",
  "support@0zon.ru",
  "please call me back",
  "OZON",
  "SellerMARKET",
  "Bonus-Shop",
];

describe("adviceFor in English", () => {
  it.each(inputs)("answers %s in English", (input) => {
    const { advice } = advise(input);
    expectEnglish(advice.headline);
    for (const line of advice.lines) expectEnglish(line);
  });

  it("answers every known contact in English", () => {
    for (const e of entries) {
      const advice = adviceFor({ kind: "match", entry: e, as: e.kind === "phone" ? "phone" : "email" }, "en");
      expectEnglish(advice.headline);
      for (const line of advice.lines) expectEnglish(line);
    }
  });

  it.each(inputs)("gives %s the same tone and as many lines as in Russian", (input) => {
    const russian = adviceFor(answered(input, russianEntries));
    const english = adviceFor(answered(input), "en");
    expect(english.tone).toBe(russian.tone);
    expect(english.lines).toHaveLength(russian.lines.length);
  });

  it("leaves the Russian answer as it was when no language is given", () => {
    const r = answered("8 800 234-70-00", russianEntries);
    expect(adviceFor(r)).toEqual(adviceFor(r, "ru"));
    expect(adviceFor(r).headline).toBe("Этот номер есть в источниках как номер Ozon, но работает ли он, неизвестно");
  });

  it("an Ozon address: listed as Ozon's, which an e-mail from it does not prove; open the chat yourself", () => {
    const { result, advice } = advise("SELLERSUP@ozon.ru");
    expect(result.kind === "match" && result.entry.id).toBe("seller-email");
    expect(advice.tone).toBe("listed");
    expect(advice.headline).toBe("This address is listed in the sources as Ozon's");
    expect(advice.lines.join(" ")).toMatch(/can be forged/);
    expect(advice.lines.join(" ")).toMatch(/open the chat in the Ozon app or on the Ozon website yourself/);
  });

  it("a disputed Ozon number: listed, unknown whether it works, forgeable", () => {
    const { advice } = advise("88002347000");
    expect(advice.tone).toBe("doubt");
    expect(advice.headline).toBe("This number is listed in the sources as Ozon's, but whether it works is unknown");
    expect(advice.lines.join(" ")).toMatch(/the number on the screen can be forged/);
  });

  it("an advertiser's number: whose it is by its English name, an advertiser, not Ozon", () => {
    const { advice } = advise("+7 495 177-84-95");
    expect(advice.tone).toBe("warning");
    expect(advice.headline).toBe("This number belongs to SellerMARKET, not Ozon");
    expect(advice.lines[0]).toBe(
      "Do not give order, account or card details through this number: it belongs to SellerMARKET, not Ozon.",
    );
    expect(advice.lines.join(" ")).toMatch(/advertiser/);
  });

  it("another marketplace's address: theirs, not an advertiser's", () => {
    const { advice } = advise("sales@wildberries.ru");
    expect(advice.headline).toBe("This address belongs to Wildberries, not Ozon");
    expect(advice.lines.join(" ")).not.toMatch(/advertiser/);
  });

  it("an unknown number: not in the directory, no reason to take it for Ozon's, contact Ozon yourself", () => {
    const { advice } = advise("+7 999 123-45-67");
    expect(advice.headline).toBe("This number is not in the directory");
    expect(advice.lines[0]).toMatch(/^\+79991234567 is neither among Ozon's contacts/);
    expect(advice.lines.join(" ")).toMatch(/yourself/);
  });

  it.each([
    ["OZON", "Ozon signs its messages with this name, but a forged message can sign with it too."],
    ["SellerMARKET", "This name belongs to SellerMARKET, not Ozon."],
  ])("a sender name %s is a sender name, which proves nothing", (input, whose) => {
    const { result, advice } = advise(input);
    expect(result.kind).toBe("sender");
    expect(advice.headline).toBe(`«${input}» is a sender name, not a number`);
    expect(advice.lines[0]).toBe(whose);
  });

  it("keeps a Cyrillic sender name inside the quotes", () => {
    const { advice } = advise("Озон");
    expect(advice.headline).toBe("«Озон» is a sender name, not a number");
    expectEnglish(advice.headline);
  });
});

describe("the safety rule in English", () => {
  it("is the Russian rule's twin: general advice, not Ozon's policy", () => {
    expect(SAFETY_RULES.ru).toBe(SAFETY_RULE);
    expectEnglish(SAFETY_RULES.en);
    expect(SAFETY_RULES.en).toMatch(/^A general safety rule: never tell anyone the codes/);
    expect(SAFETY_RULES.en).not.toMatch(/Ozon/);
  });
});

describe("the English checker's contacts", () => {
  it("name each contact in English, or in Russian marked as Russian where it has no English texts", () => {
    for (const e of entries) {
      const channel = directory.channels.find((c) => c.id === e.id);
      if (channel?.en) {
        expect(e.title).toBe(channel.en.title);
        expect(e.lang).toBeUndefined();
        expect(e.verdict).toBe(channel.en.verdict);
      } else {
        expect(e.title).toBe(channel?.title);
        expect(e.lang).toBe("ru");
        expect(e.verdict).toBeUndefined();
      }
      expect(e.link).toEqual(englishPage(e.id));
    }
  });

  it("name other companies by their English names", () => {
    const sellermarket = entries.find((e) => e.id === "sellermarket-phone");
    expect(sellermarket?.owner).toEqual({ name: "SellerMARKET", genitive: "SellerMARKET" });
    for (const e of entries.filter((x) => x.status === "third-party")) expectEnglish(e.owner.name);
  });

  it("keep the Russian contacts as they were, linked to the Russian channel pages", () => {
    const hotline = russianEntries.find((e) => e.id === "hotline-8800");
    const channel = directory.channels.find((c) => c.id === "hotline-8800");
    expect(hotline?.title).toBe(channel?.title);
    expect(hotline?.verdict).toBe(channel?.verdict);
    expect(hotline?.lang).toBeUndefined();
    expect(hotline?.link).toEqual({ href: "/channels/hotline-8800" });
    expect(hotline?.replacement?.link).toEqual({ href: "/channels/buyer-support-chat" });
    expect(russianEntries.find((e) => e.id === "sellermarket-phone")?.owner.genitive).toBe("компании СеллерМАРКЕТ");
  });
});
