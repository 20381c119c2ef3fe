import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildVCard, channelVCard, offersVCard } from "@/lib/site/vcard";
import { loadDirectory } from "@/lib/dataset/load";
import type { Channel } from "@/lib/dataset/schema";

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

const contact = {
  name: "Горячая линия Ozon Банка",
  organization: "Ozon Банк",
  phone: "+78005558982",
  url: "https://example.org/channels/bank-phone-free",
  note: "Справочник, часы и условия\nадрес: https://example.org/channels/bank-phone-free",
};

describe("buildVCard", () => {
  it("writes a vCard 3.0 with CRLF line ends that a parser reads back", () => {
    const text = buildVCard(contact);
    expect(text.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const card = parse(text);
    expect(card.getFirstPropertyValue("fn")).toBe(contact.name);
    expect(String(card.getFirstPropertyValue("tel"))).toBe("+78005558982");
    expect(card.getFirstPropertyValue("note")).toBe(contact.note);
    expect(card.getFirstPropertyValue("url")).toBe(contact.url);
  });

  it("escapes backslashes, commas, semicolons and line breaks in text values", () => {
    const text = buildVCard({ ...contact, name: "A; B, C \\ D", note: "one\ntwo" });
    expect(text).toContain("FN:A\\; B\\, C \\\\ D\r\n");
    expect(text).toContain("NOTE:one\\ntwo\r\n");
  });

  it("folds long lines at 75 octets without splitting a Cyrillic letter", () => {
    const name = "Очень длинное название канала поддержки, которое не помещается в одну строку vCard";
    const text = buildVCard({ ...contact, name });
    const lines = text.split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
    expect(parse(text).getFirstPropertyValue("fn")).toBe(name);
  });

  it("carries an email instead of a phone for an email channel", () => {
    const card = parse(
      channelVCard(
        { kind: "email", title: "Пресс-служба", value: "pr@ozon.ru" },
        { name: "Ozon" },
        "https://example.org/channels/press-email",
        "Связь с Ozon",
      ),
    );
    expect(card.getFirstPropertyValue("email")).toBe("pr@ozon.ru");
    expect(card.getFirstProperty("tel")).toBeNull();
    expect(card.getFirstPropertyValue("org")).toBe("Ozon");
    expect(String(card.getFirstPropertyValue("note"))).toContain("https://example.org/channels/press-email");
  });
});

const cases: [Pick<Channel, "kind" | "status" | "value">, boolean][] = [
  [{ kind: "phone", status: "active", value: "+78005558982" }, true],
  [{ kind: "email", status: "disputed", value: "help@ozon.ru" }, false],
  [{ kind: "phone", status: "discontinued", value: "+78002347000" }, false],
  [{ kind: "phone", status: "third-party", value: "+78001234567" }, false],
  [{ kind: "chat", status: "active", value: "https://ozon.ru" }, false],
];

describe("offersVCard", () => {
  it.each(cases)("%j → %s", (channel, expected) => {
    expect(offersVCard(channel)).toBe(expected);
  });

  it("offers only channels the sources agree work, never a disputed, discontinued or third-party one", () => {
    const savable = loadDirectory().channels.filter(offersVCard);
    expect(savable.length).toBeGreaterThan(0);
    for (const c of savable) {
      expect(c.status).toBe("active");
      if (c.kind === "phone") expect(c.value).toMatch(/^\+[1-9]\d{7,14}$/);
    }
  });
});
