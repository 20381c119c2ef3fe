import { describe, expect, it } from "vitest";
import { checkContact, contactSlug, normalizeEmail, toCheckEntries, toSenderNames } from "@/lib/check/match";
import { adviceFor, SAFETY_RULE } from "@/lib/check/advice";
import { notOzonText } from "@/lib/trust/ownership";
import { confidenceOf, directory, organisationOf, organisations } from "./fixtures/check-directory";

const entries = toCheckEntries(directory.channels, organisationOf, confidenceOf);

function matchId(input: string): string | undefined {
  const r = checkContact(input, entries);
  return r.kind === "match" ? r.entry.id : undefined;
}

describe("checkContact: the free hotline in every format", () => {
  it.each([
    "88002347000",
    "8 800 234 70 00",
    "8 (800) 234-70-00",
    "+7 (800) 234-70-00",
    "+78002347000",
    "7-800-234-70-00",
    "8.800.234.70.00",
    "  +7 800 2347000 ",
  ])("%s is the hotline the sources dispute, with where to go instead", (input) => {
    const r = checkContact(input, entries);
    expect(r.kind).toBe("match");
    if (r.kind !== "match") return;
    expect(r.entry.id).toBe("hotline-8800");
    expect(r.entry.status).toBe("disputed");
    expect(r.entry.confidence).toBe("conflict");
    expect(r.entry.replacement?.id).toBe("buyer-support-chat");
  });
});

describe("checkContact: other known contacts", () => {
  it("finds the advertiser's number as a third party", () => {
    for (const input of ["+7 495 177-8-495", "84951778495", "(495) 177 84 95"]) {
      const r = checkContact(input, entries);
      expect(r.kind === "match" && r.entry.status).toBe("third-party");
      expect(r.kind === "match" && r.entry.confidence).toBe("advertiser");
      expect(matchId(input)).toBe("sellermarket-phone");
    }
  });

  it("finds emails in any case and with common disguises", () => {
    expect(matchId("ozon-hotline@deloitte.ru")).toBe("ethics-email-deloitte");
    expect(matchId("OZON-HOTLINE@DELRET.RU")).toBe("ethics-email");
    expect(matchId("mailto:sellersup@ozon.ru")).toBe("seller-email");
    expect(matchId("sellersup (at) ozon.ru")).toBe("seller-email");
    expect(matchId("pr @ ozon.ru")).toBe("press-email");
  });

  it("reports unknown numbers and emails as unknown, normalised", () => {
    expect(checkContact("+7 999 123-45-67", entries)).toEqual({
      kind: "unknown",
      as: "phone",
      normalized: "+79991234567",
    });
    expect(checkContact("support@0zon.ru", entries)).toEqual({
      kind: "unknown",
      as: "email",
      normalized: "support@0zon.ru",
    });
    expect(checkContact("позвоните мне", entries).kind).toBe("unknown");
  });

  it("treats blank and hostile input calmly", () => {
    expect(checkContact("   ", entries)).toEqual({ kind: "empty" });
    expect(checkContact("(".repeat(10_000), entries).kind).toBe("unknown");
    expect(checkContact("😀 @@@ \u202e", entries).kind).toBe("unknown");
  });
});

describe("checkContact: whose a contact is", () => {
  function ownerLine(input: string): string | undefined {
    const r = checkContact(input, entries);
    return r.kind === "match" && r.entry.status === "third-party"
      ? notOzonText(r.entry.owner, r.entry.kind)
      : undefined;
  }

  it.each([
    ["+7 (495) 974-35-03", "Это номер Яндекс Маркета, не Ozon"],
    ["84959743503", "Это номер Яндекс Маркета, не Ozon"],
    ["sales@wildberries.ru", "Это адрес Wildberries, не Ozon"],
    ["CLAIMS@wildberries.ru", "Это адрес Wildberries, не Ozon"],
    ["+7 495 177-84-95", "Это номер компании СеллерМАРКЕТ, не Ozon"],
  ])("%s: %s", (input, line) => {
    expect(ownerLine(input)).toBe(line);
  });

  it("calls a contact Ozon's only when its organisation is Ozon", () => {
    for (const e of entries) {
      const owner = directory.channels.find((c) => c.id === e.id)?.organisation;
      expect(e.status === "third-party", e.id).toBe(!organisations.get(owner ?? "")?.isOzon);
    }
  });
});

describe("helpers", () => {
  it("normalises emails", () => {
    expect(normalizeEmail(" Help@Ozon.ru. ")).toBe("help@ozon.ru");
    expect(normalizeEmail("not an email")).toBeNull();
  });

  it("makes slugs", () => {
    expect(contactSlug({ kind: "phone", value: "+78002347000" })).toBe("8-800-234-70-00");
    expect(contactSlug({ kind: "phone", value: "+74951778495" })).toBe("7-495-177-84-95");
    expect(contactSlug({ kind: "email", value: "ozon-hotline@deloitte.ru" })).toBe("ozon-hotline-at-deloitte-ru");
  });

  it("gives every known contact a unique slug", () => {
    const slugs = entries.map(contactSlug);
    expect(new Set(slugs).size).toBe(entries.length);
  });
});

describe("adviceFor: what a match proves and what it does not", () => {
  const senders = toSenderNames(directory.organisations);
  function advise(input: string) {
    const r = checkContact(input, entries, senders);
    if (r.kind === "empty") throw new Error("empty");
    return { result: r, advice: adviceFor(r) };
  }
  const spoofing = /можно подделать/;

  it("a listed Ozon number: listed as Ozon's, a call from it can still be forged, open the chat yourself", () => {
    const { result, advice } = advise("+7 495 232-10-00");
    expect(result.kind === "match" && result.entry.id).toBe("head-office-phone");
    expect(advice.tone).toBe("listed");
    expect(advice.headline).toBe("Этот номер есть в источниках как номер Ozon");
    expect(advice.headline).not.toMatch(/действующ/);
    expect(advice.lines.join(" ")).toMatch(spoofing);
    expect(advice.lines.join(" ")).toMatch(/сами откройте чат в приложении Ozon/);
  });

  it("a disputed Ozon number: listed, unknown whether it works, and forgeable", () => {
    const { advice } = advise("8 800 234-70-00");
    expect(advice.tone).toBe("doubt");
    expect(advice.headline).toBe("Этот номер есть в источниках как номер Ozon, но работает ли он, неизвестно");
    expect(advice.lines.join(" ")).toMatch(spoofing);
  });

  it("an advertiser's number: whose it is, that it is an advertiser, and not Ozon", () => {
    const { advice } = advise("+7 495 177-8-495");
    expect(advice.tone).toBe("warning");
    expect(advice.headline).toBe("Это номер компании СеллерМАРКЕТ, не Ozon");
    expect(advice.lines.join(" ")).toMatch(/рекламодател/);
  });

  it("another company's number: named as theirs, not as an advertiser", () => {
    const { advice } = advise("+7 (495) 974-35-03");
    expect(advice.headline).toBe("Это номер Яндекс Маркета, не Ozon");
    expect(advice.lines.join(" ")).not.toMatch(/рекламодател/);
    expect(advice.lines.join(" ")).toMatch(/Яндекс Маркета, а не Ozon/);
  });

  it("an unknown number: not in the directory, no reason to take it for Ozon's, contact Ozon yourself", () => {
    const { result, advice } = advise("+7 999 123-45-67");
    expect(result.kind).toBe("unknown");
    expect(advice.headline).toBe("Этого номера нет в справочнике");
    expect(advice.lines.join(" ")).toMatch(/сами откройте чат/);
  });

  it.each([
    ["OZON", "Так подписывается Ozon, но поддельное сообщение может подписаться так же."],
    ["ozon", "Так подписывается Ozon, но поддельное сообщение может подписаться так же."],
    ["SellerMARKET", "Это имя компании СеллерМАРКЕТ, а не Ozon."],
  ])("a sender name %s is answered as a sender name, which proves nothing", (input, whose) => {
    const { result, advice } = advise(input);
    expect(result.kind).toBe("sender");
    expect(advice.headline).toBe(`«${input}» — это имя отправителя, а не номер`);
    expect(advice.headline).not.toMatch(/не похоже/);
    expect(advice.lines[0]).toBe(whose);
    expect(advice.lines.join(" ")).toMatch(/нельзя понять, кто на самом деле пишет/);
  });

  it("an unknown sender name is still a sender name", () => {
    const { result, advice } = advise("Bonus-Shop");
    expect(result).toEqual({ kind: "sender", name: "Bonus-Shop" });
    expect(advice.lines[0]).toMatch(/выбирает сам отправитель/);
  });

  it("gives the safety rule as general advice, not as Ozon's policy", () => {
    expect(SAFETY_RULE).toMatch(/^Общее правило безопасности/);
    expect(SAFETY_RULE).not.toMatch(/Ozon/);
  });
});
