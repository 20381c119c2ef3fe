import { describe, expect, it } from "vitest";
import { clip, MAX_QUERY_LENGTH, normalize } from "@/lib/search/normalize";
import { stem, termsOf, unsigned } from "@/lib/search/terms";
import { toEnglishLayout, toRussianLayout } from "@/lib/search/layout";
import { transliterate } from "@/lib/search/translit";
import { looksLikeEmail, matchEmail, matchPhone } from "@/lib/search/direct";
import { queryVariants } from "@/lib/search/variants";
import { SEARCH_INDEX_VERSION } from "@/lib/search/wire";
import type { SearchDoc } from "@/lib/search/types";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { digitsOf, looksLikePhone, russianE164 } from "@/lib/text/phone";
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
  it("clips a query to MAX_QUERY_LENGTH characters", () => {
    expect(normalize(clip("а".repeat(10_000)))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it("is empty for input with nothing searchable", () => {
    for (const input of ["", "     ", "\t\n", "!@#$%^&*()", "😀😀", "\u200F\u202E", "שלום"])
      expect(normalize(input)).toBe("");
  });
  it("makes terms no longer than fuse.js can match", () => {
    expect(termsOf("")).toEqual([]);
    expect(termsOf("a".repeat(100))[0]).toHaveLength(32);
  });
  it("drops the stopwords in Latin letters too, as a transliterated query writes them", () => {
    expect(termsOf("ozon v odnoklassnikah")).toEqual(termsOf("odnoklassnikah"));
    expect(termsOf("gde moi zakaz")).toEqual(termsOf("zakaz"));
    // Words are still words: «не» and «ne» both go, «нет» stays a stopword only in Cyrillic letters.
    expect(termsOf("ne prishel")).toEqual(termsOf("prishel"));
    expect(termsOf("net")).toEqual(["net"]);
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

describe("stems", () => {
  it("drop a vowel that drops out of the word's other forms", () => {
    expect(stem("продавец")).toBe(stem("продавцу"));
    expect(stem("звонок")).toBe(stem("звонки"));
    expect(stem("срок")).toBe(stem("сроки"));
    expect(stem("продавец")).not.toBe(stem("продавать"));
  });
  it("leave out soft and hard signs, which Latin letters do not write and phones drop", () => {
    expect(stem("денги")).toBe(stem("деньги"));
    expect(stem(transliterate("dengi"))).toBe(stem("деньги"));
    expect(stem("обьявление")).toBe(stem("объявление"));
    expect(stem("курьер")).not.toMatch(/[ьъ]/);
  });
});

describe("transliteration", () => {
  it("reads Russian written in Latin letters", () => {
    expect(transliterate("vozvrat deneg")).toBe("возврат денег");
    expect(transliterate("ne prishla vyplata")).toBe("не пришла выплата");
    expect(transliterate("zablokirovali kartochku")).toBe("заблокировали карточку");
    expect(transliterate("prodavec")).toBe("продавец");
    // «y» after a vowel is «й», elsewhere «ы».
    expect(transliterate("prodavets otmenil moy zakaz")).toBe("продавец отменил мой заказ");
    expect(transliterate("iz drugoy strany vy byli")).toBe("из другой страны вы были");
    // «tsya» is the reflexive ending.
    expect(transliterate("pozhalovatsya")).toBe(unsigned("пожаловаться"));
  });
  it("keeps Cyrillic words and numbers", () => {
    expect(transliterate("pozvonit 2 раза")).toBe("позвонит 2 раза");
  });
});

describe("terms", () => {
  it("gives word forms one Snowball stem", () => {
    const forms = ["выплата", "выплаты", "выплату", "выплатой", "выплате"];
    expect(new Set(forms.flatMap(termsOf))).toEqual(new Set(["выплат"]));
    expect(termsOf("карточку")).toEqual(termsOf("карточка"));
    expect(termsOf("сотрудника")).toEqual(termsOf("сотрудники"));
  });
  it("gives every tense of a verb built on «идти» one stem, and leaves words that only look like one", () => {
    expect(new Set(["придут", "придёт", "пришли", "пришёл", "прийти"].flatMap(termsOf))).toEqual(new Set(["при~ид"]));
    expect(new Set(["войти", "войду", "вошёл", "вошла"].flatMap(termsOf))).toEqual(new Set(["во~ид"]));
    expect(termsOf("не зайду")).toEqual(termsOf("не зашёл"));
    for (const word of ["сайт", "пошлина", "прием", "доставка", "пришелец"]) {
      expect(termsOf(word), word).not.toEqual(termsOf("пришли"));
    }
    expect(termsOf("сайт")).toEqual(["сайт"]);
    // «-слать» and «прошлый» have Snowball stems in «-шл» too: they stay apart from «выйти» and «пройти».
    expect(termsOf("вышлите")).not.toEqual(termsOf("выйти"));
    expect(termsOf("пришлите")).not.toEqual(termsOf("прийти"));
    expect(termsOf("прошлый")).not.toEqual(termsOf("пройти"));
  });
  it("drops stopwords and the brand, which tell no record from another", () => {
    expect(termsOf("не пришла выплата")).toEqual(["при~ид", "выплат"]);
    expect(termsOf("Позвонить в Озон")).toEqual(termsOf("позвонить ozon"));
  });
  it("keeps the words that tell a scam call from a wish to call", () => {
    expect(termsOf("мне позвонили из озона")).not.toEqual(termsOf("позвонить в озон"));
  });
  it("leaves Latin words and numbers alone", () => {
    expect(termsOf("seller 8800")).toEqual(["seller", "8800"]);
  });
});

describe("phone", () => {
  const hotline = "+78002347000";
  it.each(["8 800 234 70 00", "88002347000", "+7 (800) 234-70-00", "+78002347000", "8-800-234-70-00", "800 234 70 00"])(
    "%s is the whole number and agrees with lib/text/phone.ts",
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
    expect(matchEmail(clip(" SellerSup@Ozon.ru ").trim(), "sellersup@ozon.ru")).toBe("exact");
    expect(matchEmail("sellersup@", "sellersup@ozon.ru")).toBe("partial");
    expect(matchEmail("@finance.ozon.ru", "help@finance.ozon.ru")).toBe("partial");
    expect(matchEmail("sellersup", "sellersup@ozon.ru")).toBe("partial");
  });
  it("tells a whole address from a piece of one", () => {
    expect(looksLikeEmail("support@ozon-help.ru")).toBe(true);
    expect(looksLikeEmail("sellersup@")).toBe(false);
  });
  it("does not take a brand or a short piece for an address", () => {
    expect(matchEmail("ozon", "ozon-hotline@delret.ru")).toBeNull();
    expect(matchEmail("sel", "sellersup@ozon.ru")).toBeNull();
    expect(matchEmail("@", "sellersup@ozon.ru")).toBeNull();
  });
});

describe("query readings", () => {
  it("offers the wrong-layout and transliterated readings after the query as typed", () => {
    expect(queryVariants("jpjy ctkkth")).toEqual(["jpjy ctkkth", "озон селлер", "йпйы кткктх"]);
    expect(queryVariants("ыуддук")).toEqual(["ыуддук", "seller"]);
    expect(queryVariants("   ")).toEqual([]);
  });
});

describe("search index wire format", () => {
  const doc: SearchDoc = {
    kind: "channel",
    id: "x",
    title: "X",
    href: "/channels/x",
    detail: "Телефон",
    channel: { id: "x", title: "X", href: "/channels/x", status: "discontinued" },
    replacement: { id: "y", title: "Y", href: "/channels/y" },
    phones: ["+78002347000"],
    emails: [],
    phrases: ["8800"],
    audiences: ["buyers"],
    value: "78002347000",
    text: "",
    prior: 0.4,
  };
  const index = (docs: unknown[], version: number = SEARCH_INDEX_VERSION) => ({ version, docs });
  it("accepts documents as the route writes them", () => {
    expect(parseSearchIndex(index([doc]))?.docs).toHaveLength(1);
    expect(parseSearchIndex(JSON.parse(JSON.stringify(index([{ ...doc, channel: undefined }]))))).not.toBeNull();
  });
  it("rejects a stale index and anything else", () => {
    for (const bad of [
      null,
      [],
      { docs: [doc] },
      index([doc], SEARCH_INDEX_VERSION - 1),
      index([{ ...doc, phrases: "8800" }]),
      index([{ ...doc, prior: "high" }]),
      index([{ ...doc, title: undefined }]),
      index([{ ...doc, audiences: undefined }]),
    ]) {
      expect(parseSearchIndex(bad)).toBeNull();
    }
  });
});
