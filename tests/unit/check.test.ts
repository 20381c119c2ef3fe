import { describe, expect, it } from "vitest";
import { checkContact, contactSlug, normalizeEmail, toCheckEntries } from "@/lib/check";
import { loadDirectory } from "@/lib/load-directory";
import { deriveEvidence, sourceIndex } from "@/lib/evidence";
import { notOzonText } from "@/lib/ownership";

const directory = loadDirectory();
const sources = sourceIndex(directory.sources);
const organisations = new Map(directory.organisations.map((o) => [o.id, o]));
function organisationOf(c: { organisation: string }) {
  const o = organisations.get(c.organisation);
  if (!o) throw new Error(`no organisation ${c.organisation}`);
  return o;
}
const entries = toCheckEntries(
  directory.channels,
  organisationOf,
  (c) => deriveEvidence(c, sources, organisationOf(c)).confidence,
);

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
