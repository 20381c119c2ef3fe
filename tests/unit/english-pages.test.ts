import { describe, expect, it } from "vitest";
import { formatError, validateDataset } from "@/lib/dataset/validate";
import { loadDirectory } from "@/lib/dataset/load";
import { englishPages } from "@/lib/i18n/english-pages";
import { channelIn, topicIn } from "@/lib/i18n/localize";
import { localePath, twinOf } from "@/lib/i18n/locale";
import { EN_MESSAGES, RU_MESSAGES } from "@/lib/i18n/messages";
import englishCompose from "@/lib/i18n/messages/en/compose.json";
import { toRaw, validFixture, type FixtureData } from "./fixtures/dataset";

/** The fixture with its one audience given English pages: then its topic, channels and fact need English. */
function englishFixture(): FixtureData {
  const d = validFixture();
  const [buyers] = d.audiences;
  if (buyers) buyers.en = { title: "Buyers", label: "I am a buyer", description: "…", phrases: ["buyer"] };
  return d;
}

const RUSSIAN_ON_PURPOSE = new Set(["site.switchTo.ru", "site.otherHome.ru"]);

const errorsOf = (d: FixtureData) => validateDataset(toRaw(d)).errors.map(formatError);

/** The English messages as their files hold them, the composer's own words included. */
function englishMessages() {
  return { ...EN_MESSAGES, compose: englishCompose };
}

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (typeof value !== "object" || value === null) return {};
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

/** Keys down to the strings; a list (a word's plural forms) is one leaf, as each language has its own count of forms. */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("English pages", () => {
  it("are the audiences with English texts, their topics and every channel they show", () => {
    const pages = englishPages(loadDirectory());
    expect([...pages.audiences].sort()).toEqual(["crossborder", "sellers"]);
    expect(pages.topics.has("seller-payouts")).toBe(true);
    expect(pages.topics.has("buyer-return")).toBe(false);
    expect(pages.channels.has("crossborder-email")).toBe(true);
    expect(pages.channels.has("bank-chat")).toBe(false);
    // The comparison is written for sellers, so it is English too, with the other marketplaces' contacts it lists.
    expect(pages.comparison).toBe(true);
    expect(pages.channels.has("wildberries-service-desk")).toBe(true);
  });

  it("lists every English text the pages need, as file › record › field", () => {
    expect(errorsOf(englishFixture())).toEqual([
      "data/topics.json › buyer-return › en: нужен английский текст: запись показана на английской странице",
      "data/channels/buyer-chat.json › buyer-chat › en: нужен английский текст: запись показана на английской странице",
      "data/channels/hotline.json › hotline › en: нужен английский текст: запись показана на английской странице",
      "data/channels/wb-desk.json › wb-desk › en: нужен английский текст: запись показана на английской странице",
      "data/guidance.json › guidance › en: нужен английский текст: запись показана на английской странице",
      "data/guidance.json › language › en: нужен английский текст: запись показана на английской странице",
      "data/organisations.json › ozon › en: нужен английский текст: запись показана на английской странице",
      // The fixture's comparison is written for buyers, so it turns English with them, with wb-desk, the
      // other marketplace's contact it lists, and that marketplace.
      "data/organisations.json › wildberries › en: нужен английский текст: запись показана на английской странице",
    ]);
  });

  it("holds English lists to their Russian ones item for item", () => {
    const d = englishFixture();
    const [topic] = d.topics;
    if (topic)
      topic.en = { title: "Return", answer: "Write.", description: "…", reasons: [], prepare: [], phrases: [] };
    const chat = d.channels.find((c) => c.id === "buyer-chat");
    if (chat) {
      chat.en = {
        title: "Chat",
        summary: "Support chat",
        verdict: "Works.",
        handles: [],
        cannotHelp: [],
        prepare: [],
        steps: [],
        claims: [],
      };
    }
    const errors = errorsOf(d).join("\n");
    expect(errors).toContain("buyer-return › en.reasons: нужен английский текст");
    expect(errors).toContain("по-русски пунктов 1, по-английски 0");
    expect(errors).toContain("buyer-chat › en.claims:");
  });

  it("gives a record's texts in English and leaves its values, sources and stances as they are", () => {
    const d = loadDirectory();
    const raw = d.channels.find((c) => c.id === "crossborder-email");
    if (!raw) throw new Error("no crossborder-email");
    const en = channelIn("en", raw);
    expect(en.value).toBe(raw.value);
    expect(en.title).toBe(raw.en?.title);
    expect(en.claims.map((c) => [c.source, c.stance])).toEqual(raw.claims.map((c) => [c.source, c.stance]));
    expect(en.claims.map((c) => c.says)).toEqual(raw.en?.claims);
    expect(channelIn("ru", raw)).toBe(raw);
    const topic = d.topics.find((t) => t.id === "seller-payouts");
    if (!topic) throw new Error("no seller-payouts");
    expect(topicIn("en", topic).channels.map((c) => c.channel)).toEqual(topic.channels.map((c) => c.channel));
  });

  it("keeps Russian at the site's addresses and English under /en", () => {
    expect(localePath("ru", "/sellers")).toBe("/sellers");
    expect(localePath("en", "/sellers")).toBe("/en/sellers");
    expect(localePath("en", "/")).toBe("/en");
    expect(twinOf("ru", "/sellers", true)).toEqual({ href: "/en/sellers", locale: "en" });
    expect(twinOf("en", "/sellers", true)).toEqual({ href: "/sellers", locale: "ru" });
    expect(twinOf("ru", "/buyers", false)).toBeUndefined();
  });

  it("has every interface string in both languages, and none of the English ones in Russian", () => {
    // The Russian composer's errors, hints and attachment labels live in lib/compose, which writes the request.
    const fromLib = ["compose.form.errors", "compose.form.hints.texts", "compose.form.evidence.labels"];
    const english = keys(englishMessages()).filter((k) => !fromLib.some((p) => k === p || k.startsWith(`${p}.`)));
    expect(english.sort()).toEqual(keys(RU_MESSAGES).sort());
    const russianInEnglish = Object.entries(flatten(englishMessages())).filter(
      // The links to the Russian pages are written in Russian on purpose; «…» quotes a Russian label.
      ([key, text]) => !RUSSIAN_ON_PURPOSE.has(key) && /[А-Яа-яЁё]/.test(text.replace(/«[^»]*»/g, "")),
    );
    expect(russianInEnglish).toEqual([]);
  });
});
