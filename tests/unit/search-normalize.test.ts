import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, normalize, tokenize } from "@/lib/search/normalize";
import { toEnglishLayout, toRussianLayout } from "@/lib/search/layout";
import { transliterate } from "@/lib/search/translit";
import { stem } from "@/lib/search/stem";
import { matchPhone } from "@/lib/search/phone";
import { matchEmail } from "@/lib/search/email";
import { editDistance, typoNeighbours, buildTypoIndex } from "@/lib/search/typo";
import { queryVariants, searchTerms } from "@/lib/search/variants";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { digitsOf, looksLikePhone, russianE164 } from "@/lib/phone";
import { parseSearchIndex } from "@/lib/search/wire";

describe("normalize", () => {
  it("lowercases and folds ё into е", () => {
    expect(normalize("ЁЖИК Пришёл")).toBe("ежик пришел");
  });
  it("turns punctuation, regex characters, emoji and RTL text into single spaces", () => {
    expect(normalize("  выплата!!! (.*)+[ 😀 ☎️\u202Eمرحبا\u200F  ozon.ru ")).toBe("выплата ozon ru");
  });
  it("composes letters typed as a base and a combining mark", () => {
    expect(normalize("и\u0306од")).toBe("иод".replace("и", "й"));
  });
  it("keeps at most MAX_QUERY_LENGTH characters", () => {
    expect(normalize("а".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it("is empty for input with nothing searchable", () => {
    for (const input of ["", "     ", "\t\n", "!@#$%^&*()", "😀😀", "\u200F\u202E", "שלום"])
      expect(normalize(input)).toBe("");
  });
  it("splits into tokens no longer than fuse.js can match", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(normalize("a".repeat(100)))[0]).toHaveLength(32);
  });
});

describe("keyboard layout", () => {
  it("reads text typed on the English layout as Russian", () => {
    expect(toRussianLayout("jpjy ctkkth")).toBe("озон селлер");
    expect(toRussianLayout("ds gkfnf")).toBe("вы плата");
    expect(toRussianLayout("[jxe ,fyr")).toBe("хочу банк");
  });
  it("reads text typed on the Russian layout as English", () => {
    expect(toEnglishLayout("ыуддук ыгззщке")).toBe("seller support");
    expect(toEnglishLayout("щящт")).toBe("ozon");
  });
  it("round-trips letters", () => {
    expect(toEnglishLayout(toRussianLayout("qwertyuiopasdfghjklzxcvbnm"))).toBe("qwertyuiopasdfghjklzxcvbnm");
  });
});

describe("transliteration", () => {
  it("reads Russian written in Latin letters", () => {
    expect(transliterate("vozvrat deneg")).toBe("возврат денег");
    expect(transliterate("ne prishla vyplata")).toBe("не пришла выплата");
    expect(transliterate("zablokirovali kartochku")).toBe("заблокировали карточку");
    expect(transliterate("prodavec")).toBe("продавец");
  });
  it("translates common English support words and keeps Cyrillic and numbers", () => {
    expect(transliterate("ozon support")).toBe("озон поддержка");
    expect(transliterate("refund 2 билета")).toBe("возврат 2 билета");
  });
});

describe("stem", () => {
  it("gives word forms one stem", () => {
    const forms = ["выплата", "выплаты", "выплату", "выплатой", "выплате"];
    expect(new Set(forms.map(stem))).toEqual(new Set(["выплат"]));
    expect(stem("карточку")).toBe(stem("карточка"));
    expect(stem("заблокировали")).toBe(stem("заблокирован"));
    expect(stem("сотрудника")).toBe(stem("сотрудники"));
  });
  it("leaves Latin words, numbers and short words alone", () => {
    expect(stem("seller")).toBe("seller");
    expect(stem("8800")).toBe("8800");
    expect(stem("сми")).toBe("сми");
  });
});

describe("phone", () => {
  const hotline = "+78002347000";
  it.each(["8 800 234 70 00", "88002347000", "+7 (800) 234-70-00", "+78002347000", "8-800-234-70-00", "800 234 70 00"])(
    "%s is the whole number and agrees with lib/phone.ts",
    (input) => {
      expect(russianE164(input)).toBe(hotline);
      expect(russianE164(input)).toBe(parsePhoneNumberFromString(input, "RU")?.number);
      expect(matchPhone(input, hotline)).toBe("exact");
    },
  );
  it("matches part of a number", () => {
    expect(matchPhone("234-70-00", hotline)).toBe("partial");
    expect(matchPhone("8 800 234", hotline)).toBe("partial");
    expect(matchPhone("+7 800 23", hotline)).toBe("partial");
  });
  it("needs enough digits, and the right ones", () => {
    expect(matchPhone("70-00", hotline)).toBeNull();
    expect(matchPhone("8 800 555 89 82", hotline)).toBeNull();
    expect(matchPhone("+1 800 234 70 00", hotline)).toBeNull();
  });
  it("tells phone queries from text", () => {
    expect(looksLikePhone(" +7 (800) 234-70-00 ")).toBe(true);
    expect(looksLikePhone("234-70-00")).toBe(true);
    expect(looksLikePhone("8 800")).toBe(false);
    expect(looksLikePhone("ozon 88002347000")).toBe(false);
    expect(digitsOf("+7 (800)")).toBe("7800");
  });
});

describe("email", () => {
  it("matches a whole address, a piece with @, or most of the name", () => {
    expect(matchEmail(" SellerSup@Ozon.ru ", "sellersup@ozon.ru")).toBe("exact");
    expect(matchEmail("sellersup@", "sellersup@ozon.ru")).toBe("partial");
    expect(matchEmail("@finance.ozon.ru", "help@finance.ozon.ru")).toBe("partial");
    expect(matchEmail("sellersup", "sellersup@ozon.ru")).toBe("partial");
  });
  it("does not take a brand or a short piece for an address", () => {
    expect(matchEmail("ozon", "ozon-hotline@delret.ru")).toBeNull();
    expect(matchEmail("sel", "sellersup@ozon.ru")).toBeNull();
    expect(matchEmail("@", "sellersup@ozon.ru")).toBeNull();
  });
});

describe("typos", () => {
  it("measures edits, a swap of neighbours counting as one", () => {
    expect(editDistance("возрат", "возврат", 2)).toBe(1);
    expect(editDistance("выплата", "вылпата", 2)).toBe(1);
    expect(editDistance("карта", "почта", 1)).toBe(2);
  });
  it("finds known words one edit away", () => {
    const index = buildTypoIndex(["возврат", "выплат", "банк"]);
    expect(typoNeighbours(index, "возрат").map((n) => n.word)).toEqual(["возврат"]);
    expect(typoNeighbours(index, "вылпат").map((n) => n.word)).toEqual(["выплат"]);
    expect(typoNeighbours(index, "бнк")).toEqual([]);
  });
});

describe("query readings", () => {
  it("offers the wrong-layout and transliterated readings after the query as typed", () => {
    expect(queryVariants("jpjy ctkkth")).toEqual(["jpjy ctkkth", "озон селлер", "йпйы кткктх"]);
    expect(queryVariants("ыуддук")).toEqual(["ыуддук", "seller"]);
    expect(queryVariants("   ")).toEqual([]);
  });
  it("drops stopwords and stems", () => {
    expect(searchTerms("не пришла выплата")).toEqual(["пришл", "выплат"]);
  });
});

describe("search index wire format", () => {
  const doc = {
    kind: "channel",
    id: "x",
    title: "X",
    href: "/channels/x",
    detail: "Телефон",
    status: "discontinued",
    replacement: { id: "y", title: "Y", href: "/channels/y" },
    channels: [],
    phones: ["+78002347000"],
    emails: [],
    words: { title: ["x"], keywords: [["a", "b"]], value: ["78002347000"], text: [] },
  };
  it("accepts documents as the route writes them", () => {
    expect(parseSearchIndex({ docs: [doc] })?.docs).toHaveLength(1);
    expect(parseSearchIndex(JSON.parse(JSON.stringify({ docs: [{ ...doc, value: undefined }] })))).not.toBeNull();
  });
  it("rejects anything else", () => {
    for (const bad of [
      null,
      [],
      { docs: {} },
      { docs: [{ ...doc, status: "gone" }] },
      { docs: [{ ...doc, kind: "page" }] },
      { docs: [{ ...doc, phones: [7] }] },
      { docs: [{ ...doc, words: { ...doc.words, keywords: ["a"] } }] },
    ]) {
      expect(parseSearchIndex(bad)).toBeNull();
    }
  });
});
