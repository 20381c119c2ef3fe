import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { LOOKALIKES } from "@/lib/search/lookalikes";
import { formOf, lookalikesIn, wordFinder } from "@/lib/search/slips";
import {
  dictionaryForms,
  formsIn,
  lookalikeList,
  lookalikesOf,
  staleLookalikes,
} from "../../scripts/search/lookalikes";

const directory = loadDirectory();
const searcher = createSearcher(buildSearchDocs(directory));
const run = (query: string) => searcher.run(query);
const first = (query: string) => run(query).hits[0]?.doc.href;

describe("words of the language one slip from a signal (lookalikes)", () => {
  it("are listed in full for the signals and contact words there are (npm run search:lookalikes)", async () => {
    const forms = await dictionaryForms();
    // Every form of the dictionary's words: «подаю» and «реакции» are there, the slips «потча» and «полеции» not.
    expect(forms.length).toBeGreaterThan(1_000_000);
    expect(forms).toEqual(expect.arrayContaining(["подаю", "реакции", "пробовали"]));
    expect(forms).not.toEqual(expect.arrayContaining(["потча"]));
    expect(staleLookalikes(lookalikesOf(directory, forms))).toEqual({ missing: [], extra: [] });
    expect(formsIn(LOOKALIKES)).toEqual(expect.arrayContaining(["подаю", "реакции", "пробовали", "скачок"]));
  }, 120_000);
  it("are the forms a slip takes in whose stem is none of the words'", () => {
    expect(lookalikesOf(directory, ["подать", "продавец", "продавцу", "продавцом", "стол"])).toEqual(["подать"]);
  });
  it("name nobody: spelt right, a word means what it says", () => {
    // «подать» is no «продаю», «пробовали» no «продавать», «реакции» no «редакция».
    for (const query of [
      "как подать жалобу",
      "куда подать претензию",
      "пробовали дозвониться в поддержку",
      "реакции нет на мое обращение",
      "хочу сотрудничать с озон",
    ]) {
      expect(run(query).who, query).toEqual([]);
    }
    expect(first("как подать жалобу")).toMatch(/^\/help\/buyers\//);
    expect(first("пробовали дозвониться в поддержку")).toMatch(/^\/help\/buyers\//);
  });
  it("still let a slip be read, though it shares a stem with a word", () => {
    expect(run("продовцу не пришла выплата").who).toEqual(["sellers"]);
    expect(run("не могу войти от полеции").who).toEqual(["law-enforcement"]);
    expect(run("влаедльцу пункта выдачи не пришли деньги").who).toEqual(["pvz-partners"]);
    expect(run("владельцу пункта выдачи не пришли деньги").who).toEqual(["pvz-partners"]);
  });
  it("are read by the form typed, not by the stem", () => {
    const list = lookalikesIn(lookalikeList(["полцены", "подать", "подаю"], "ru"));
    expect(formOf("подаю", "пода", list)).toBe(true);
    // «полеции» is stemmed «полц» like «полцены», and «подала» «пода»: neither is a form listed.
    expect(formOf("полеции", "полц", list)).toBe(false);
    expect(wordFinder(["полиция"], "ru", list)("полеции").size).toBe(1);
    expect(wordFinder(["продаю"], "ru", list)("подаю").size).toBe(0);
    expect(wordFinder(["продаю"], "ru", lookalikesIn({ stems: {}, words: [] }))("подаю").size).toBe(1);
  });
});
