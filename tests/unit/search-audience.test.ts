import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { buildSearchDocs } from "@/lib/search/docs";
import { createSearcher } from "@/lib/search/search";
import { audienceReader, onlyBrand, type AudienceSignals } from "@/lib/search/audience";
import { correctSlips, vocabularyOf } from "@/lib/search/correct";
import { swapped, withinEdits } from "@/lib/search/edit-distance";
import { near } from "@/lib/search/near";
import { writes } from "@/lib/search/stands";
import { queryVariants } from "@/lib/search/variants";
import { termsIn } from "@/lib/search/terms";

const directory = loadDirectory();
const searcher = createSearcher(buildSearchDocs(directory));
const run = (query: string, who?: string) => searcher.run(query, { who });
const first = (query: string) => run(query).hits[0]?.doc.href;

describe("edit distance", () => {
  it("counts a swap of neighbours as one edit and stops at the bound", () => {
    expect(withinEdits("пзв", "пвз", 1)).toBe(true);
    expect(withinEdits("azon", "ozon", 1)).toBe(true);
    expect(withinEdits("продовец", "продавец", 1)).toBe(true);
    expect(withinEdits("склад", "вклад", 0)).toBe(false);
    expect(withinEdits("влаедльц", "владелец", 1)).toBe(false);
    expect(withinEdits("влаедльц", "владелец", 2)).toBe(true);
    expect(withinEdits("а".repeat(200), "банк", 2)).toBe(false);
  });
  it("tells a swap of two letters from any other slip", () => {
    expect(swapped("бнак", "банк")).toBe(true);
    expect(swapped("склад", "вклад")).toBe(false);
    expect(swapped("банк", "банк")).toBe(false);
  });
});

/** Sellers, and cross-border sellers, named by «из китая» only along with a seller. */
const FROM_CHINA: AudienceSignals[] = [
  { id: "sellers", signals: ["продавец"], weight: 0.8 },
  {
    id: "crossborder",
    signals: ["нерезидент"],
    weight: 0.25,
    within: { audience: "sellers", signals: ["из китая"] },
  },
];

describe("who is asking", () => {
  const read = audienceReader([
    { id: "sellers", signals: ["продавец", "fbs", "seller ozon ru"], weight: 0.8 },
    { id: "crossborder", signals: ["из китая"], weight: 0.25 },
    { id: "bank", signals: ["банк", "вклад"], weight: 0.6 },
  ]);
  const who = (query: string) => read.who(queryVariants(query));
  it("reads an audience from its words in any case form, abbreviation or domain", () => {
    for (const q of ["продавцу не пришли деньги", "отгрузка по FBS", "не могу зайти в seller.ozon.ru"]) {
      expect(who(q), q).toEqual(["sellers"]);
    }
  });
  it("reads it misspelt, on the wrong layout and in Latin letters", () => {
    expect(who("продовцу не пришли деньги")).toEqual(["sellers"]);
    expect(who("ghjlfdwe")).toEqual(["sellers"]);
    expect(who("prodavtsu")).toEqual(["sellers"]);
    expect(who("в бнаке")).toEqual(["bank"]);
  });
  it("lets the audience serving fewer people decide when two are named", () => {
    expect(who("продавцу из китая")).toEqual(["crossborder"]);
  });
  it("lets the audience the asker says they are decide over one they speak of", () => {
    const reader = audienceReader([{ id: "buyers", signals: ["я покупатель", "я клиент"], weight: 1 }, ...FROM_CHINA]);
    const asks = (query: string) => reader.who(queryVariants(query));
    expect(asks("я покупатель, продавец отменил заказ")).toEqual(["buyers"]);
    expect(asks("я клиент, продавец требует доплату")).toEqual(["buyers"]);
    expect(asks("я продавец, я клиент банка")).toEqual(["sellers"]);
    expect(asks("я не продавец, я покупатель")).toEqual(["buyers"]);
    // After a preposition the word is whom the asker turned to, not who they are.
    expect(asks("я у продавца заказал, я клиент")).toEqual(["buyers"]);
    // An audience within the one named as oneself is that one narrowed.
    expect(asks("я продавец из китая, я клиент")).toEqual(["crossborder"]);
    // Nobody named as oneself: as before, the audience serving fewer people.
    expect(asks("покупатель и продавец")).toEqual(["sellers"]);
  });
  it("needs every word of a signal and does not take a neighbouring word for a short one", () => {
    expect(who("товар из магазина")).toEqual([]);
    expect(who("воровство на складе")).toEqual([]);
    expect(who("не пришли деньги")).toEqual([]);
  });
  it("needs a signal's words close together, in any order, one other word among them at most", () => {
    const reader = audienceReader([{ id: "buyers", signals: ["как покупатель"], weight: 1 }]);
    const asks = (query: string) => reader.who(queryVariants(query));
    expect(asks("пишу как покупатель")).toEqual(["buyers"]);
    expect(asks("покупатель как мне быть")).toEqual(["buyers"]);
    expect(asks("как я покупатель могу вернуть")).toEqual(["buyers"]);
    expect(asks("как отменить заказ покупателя")).toEqual([]);
    expect(who("товар из нашего китая")).toEqual(["crossborder"]);
  });
  it("reads words that name an audience only along with the audience it lies within", () => {
    const reader = audienceReader(FROM_CHINA);
    const asks = (query: string) => reader.who(queryVariants(query));
    expect(asks("посылка из китая не пришла")).toEqual([]);
    expect(asks("продавцу из китая")).toEqual(["crossborder"]);
    expect(asks("из китая, я продавец")).toEqual(["crossborder"]);
    expect(asks("нерезидент")).toEqual(["crossborder"]);
  });
  it("takes as naming words only those of a signal the query says", () => {
    const reader = audienceReader([
      { id: "ethics", signals: ["откат", "сотрудник требует деньги", "анонимно сообщить"], weight: 0.25 },
    ]);
    expect([...reader.naming("начальник требует откат", "ethics")]).toEqual(["откат"]);
    expect([...reader.naming("куда сообщить анонимно", "ethics")].sort()).toEqual(["анонимно", "сообщить"]);
    expect([...reader.naming("сотрудник требует деньги", "ethics")].sort()).toEqual(["деньги", "сотрудник", "требует"]);
    expect([...reader.naming("начальник требует откат", "buyers")]).toEqual([]);
  });
  it("sets a notAsking form's words aside for the audience listed last when two list it", () => {
    const police = { signals: ["полиция"], weight: 0.1, notAsking: ["в полицию"] };
    const reader = audienceReader([
      { id: "police", ...police },
      { id: "government", ...police, signals: ["прокуратура"] },
    ]);
    expect([...reader.unsaid("заявление в полицию")]).toEqual([["government", new Set(["в", "полицию"])]]);
    expect(reader.who(queryVariants("заявление в полицию"))).toEqual([]);
    expect(reader.who(queryVariants("работаю в полиции"))).toEqual(["police"]);
  });
  it("knows a query that is only the brand", () => {
    for (const q of ["озон", "azon", "ozon.ru", "озн", "www ozon ru"])
      expect(onlyBrand(queryVariants(q)), q).toBe(true);
    for (const q of ["озон банк", "ozon seller", "звон"]) expect(onlyBrand(queryVariants(q)), q).toBe(false);
  });
});

describe("a word a buyer uses too", () => {
  it("names an audience only in the words that say whose it is", () => {
    const audience = (query: string) => searcher.run(query).who;
    // A buyer pays a commission for a card payment, and calls the courier who came by car a driver.
    expect(audience("комиссия за оплату картой")).toEqual([]);
    expect(audience("водитель не привез заказ")).toEqual([]);
    expect(first("водитель не привез заказ")).toMatch(/^\/help\/buyers\//);
    expect(audience("почему комиссия выросла с 1 числа на одежду")).toEqual(["sellers"]);
    expect(audience("комиссию подняли без предупреждения")).toEqual(["sellers"]);
    expect(audience("водитель озон подрезал на трассе")).toEqual(["driver-reports"]);
    // A seller says where the shop is as well as where from; a buyer saying where a thing was bought names nobody.
    expect(audience("магазин в турции как выйти на ozon")).toEqual(["crossborder"]);
    expect(audience("купила куртку в турции")).toEqual([]);
    // A supply delivered by the seller's driver is the seller's: «fbo» says so, the driver names no one.
    expect(audience("привезли поставку fbo на склад, а водитель говорит что все сдал")).toEqual(["sellers"]);
  });
});

describe("an audience's words that do not say it is asking (notAsking)", () => {
  const audience = (query: string) => searcher.run(query).who;
  it("reads where a buyer turns as nobody asking, in the case that says so", () => {
    for (const query of [
      "мошенники украли деньги, написал заявление в полицию",
      "курьер нагрубил, вызову полицию",
      "не вернули деньги, пойду в прокруатуру",
      "потеряли посылку, напишу в сми",
      "пункт выдачи закрыли, пожалуюсь в администрацию",
      "администрация сайта озон не отвечает",
      "в банке говорят что платеж ушел озону",
    ])
      expect(audience(query), query).toEqual([]);
    // The same nouns in the cases of being one, or with the brand, still name the asker.
    expect(audience("работаю в полиции, нужен запрос")).toEqual(["law-enforcement"]);
    expect(audience("пишу из администрации поселка")).toEqual(["government"]);
    expect(audience("в озон банке говорят что карта заблокирована")).toEqual(["bank"]);
  });
  it("reads the seller a buyer speaks of as someone else, with a «не» and one other word among the form's", () => {
    expect(audience("продавец долго не отправляет посылку")).toEqual([]);
    expect(audience("продавец молчит уже неделю")).toEqual([]);
    // The word among them may be someone else the verb is said of: then the seller is the asker.
    expect(audience("продавец, поддержка молчит неделю")).toEqual(["sellers"]);
    expect(audience("продавец оператор не отвечает")).toEqual(["sellers"]);
    // The goods or the shop of the seller, and the seller cancelling on their own, are a buyer's words.
    expect(audience("пришла подделка, товар от продавца без бирок")).toEqual([]);
    expect(audience("магазин продавца не отвечает по гарантии")).toEqual([]);
    expect(first("продавец сам отменил заказ, когда вернут деньги")).toBe("/help/buyers/buyer-refund-payment");
    expect(first("хочу пожаловаться на продавца")).toBe("/help/buyers/buyer-seller-dispute");
    // What the seller says, reported («продавец пишет, что…»), is a buyer's; a seller writing is not.
    expect(audience("прислали не тот цвет, продавец пишет что я сам перепутал")).toEqual([]);
    expect(audience("продавец ответил, что возврата не будет")).toEqual([]);
    expect(audience("продавец пишет в поддержку")).toEqual(["sellers"]);
    expect(first("khochu pozhalovatsya na prodavtsa")).toBe("/help/buyers/buyer-seller-dispute");
    // After «я», or a preposition's own word taken by a signal, the seller is the asker.
    expect(audience("я продавец поддержка не отвечает")).toEqual(["sellers"]);
    expect(audience("покупатель написал жалобу на мой магазин")).toEqual(["sellers"]);
  });
  it("reads a buyer's words about the seller as a buyer's answer, the seller's topics after", () => {
    const hits = run("продавец не отвечает в чате").hits.slice(0, 2);
    expect(hits.map((h) => h.doc.audiences)).toEqual([["buyers"], ["buyers"]]);
  });
});

describe("slips", () => {
  const vocabulary = vocabularyOf([new Set(["пвз", "чат", "заказ"]), new Set(["пвз"])]);
  it("reads a short unknown word as the known one a slip away", () => {
    expect(correctSlips("пзв", vocabulary)).toBe("пвз");
    expect(correctSlips("где пзв", vocabulary)).toBe("где пвз");
  });
  it("reads two swapped letters in a longer word as one slip, which MiniSearch counts as two", () => {
    expect(correctSlips("где закза", vocabulary)).toBe("где заказ");
  });
  it("compares a word as written when the stemmer cuts the slip elsewhere: «пчта» is «почта», not stems two apart", () => {
    const terms = vocabularyOf([new Set(["почт", "кред", "денг"])]);
    const written = new Set(["почта", "кредит", "деньги"]);
    expect(correctSlips("пчта", terms, "ru", "any", undefined, written)).toBe("почта");
    expect(correctSlips("крдит", terms, "ru", "any", undefined, written)).toBe("кредит");
    expect(correctSlips("пчта", terms)).toBeNull();
    expect(first("дньги")).toBe("/help/buyers/buyer-refund-payment");
    expect(first("крдит")).toBe("/bank");
  });
  it("forgives in a signal's word a neighbouring key or a sound-alike, not any letter nor a word cut short", () => {
    const audience = (query: string) => searcher.run(query).who;
    // Sound-alikes and keys side by side are slips.
    expect(audience("продовцу")).toEqual(["sellers"]);
    expect(audience("следоватиля запрос")).toEqual(["law-enforcement"]);
    expect(near("о", "а")).toBe(true);
    expect(near("з", "х")).toBe(true);
    // Another letter makes another word: «позиция» is no «полиция», «полис» no «полиция».
    expect(near("з", "л")).toBe(false);
    // Nor in a long word, as a letter left out and another added: «водижель» is no «водитель».
    expect(withinEdits("отправжа", "отправка", 2, near)).toBe(false);
    expect(audience("водижель нахамил")).toEqual([]);
    // A phrase's word may have a slip, not another ending: «товару» is not «товары».
    expect(writes("отпровляет", "отправляет")).toBe(true);
    expect(writes("товару", "товары")).toBe(false);
    expect(audience("позиция товара не отображается")).toEqual([]);
    expect(audience("полис осаго")).toEqual([]);
    // A word that is another's beginning is another word: «взять» is no «взятка», «акционная» no «акционер».
    expect(audience("взять кредит")).toEqual(["bank"]);
    expect(audience("акционная цена не применилась")).toEqual([]);
    // A slip that makes the ending look like a verb's is read from the word as written («тревил» stems to «трев»).
    expect(audience("озон тревил не пришли деньги")).toEqual(["travel"]);
    // A buyer's phrase in a seller's words stands in the query with the same slips.
    expect(first("продавец не отпровляет заказ")).toMatch(/^\/help\/buyers\//);
  });
  it("forgives a stem the edits of its own length: a long word's short stem is no licence for two", () => {
    const audience = (query: string) => searcher.run(query).who;
    // «продавать» stems to «продава»: «провал» is two letters short of it, and «редких» of «редакция».
    expect(audience("провал доставки")).toEqual([]);
    expect(audience("редких товаров нет в наличии")).toEqual([]);
    // As written, the word keeps its own: «влаедльцу» is a pickup point's owner with a swap and a vowel.
    expect(audience("влаедльцу пункта выдачи не пришли деньги")).toEqual(["pvz-partners"]);
    expect(audience("продовцу")).toEqual(["sellers"]);
  });
  it("reads an unknown word with two letters swapped as the known word, as a word, when the rest finds something", () => {
    expect(run("номер телефона курьреа озон")).toMatchObject({ readAs: "номер телефона курьера озон", slip: true });
    expect(first("номер телефона курьреа озон")).toBe("/help/buyers/buyer-courier");
    // A soft sign is no letter of a stem: «куьрера» and «курера» are «курьера» as written, no slip.
    for (const q of ["номер телефона куьрера озон", "номер телефона курера"]) {
      expect(run(q).slip, q).toBe(false);
      expect(first(q), q).toBe("/help/buyers/buyer-courier");
    }
    // Read back as a word, the buyer's phrase still stands in it.
    expect(first("проадвец отменил мой заказ")).toBe("/help/buyers/buyer-order-cancel");
    // Another edit in a short word is as likely another word: «тел» stays «тел».
    expect(run("тел поддержки озон").readAs).toBeNull();
    // And a short unknown word beside known ones may be a word the index lacks: «дает» is not «дате».
    expect(run("начальник смены не дает смены из за национальности").readAs).toBeNull();
    // A swap the stemmer cuts down to a known stem is chance: «боятся» is not «ботяся» (as «бот»).
    expect(run("все молчат боятся увольнения мастер смены берет деньги").readAs).toBeNull();
    // A swap in the ending, one edit for MiniSearch, needs no reading of its own.
    expect(first("номер телефона курьеар")).toBe("/help/buyers/buyer-courier");
  });
  it("leaves known words and words nothing is near alone", () => {
    expect(correctSlips("пвз", vocabulary)).toBeNull();
    expect(correctSlips("ывапролдж", vocabulary)).toBeNull();
    expect(correctSlips("ххх", vocabulary)).toBeNull();
  });
});

/** Issue 23's misses: the audience a query names decides whose answer comes first. */
const NAMED: ReadonlyArray<readonly [string, string]> = [
  ["нет доступа к личному кабинету продавца", "/help/sellers/seller-account"],
  ["не могу зайти в seller.ozon.ru", "/help/sellers/seller-account"],
  ["как написать в поддержку ozon seller", "/channels/seller-support-chat"],
  ["поддержка продавцов не отвечает неделю", "/help/sellers/seller-no-answer"],
  ["вернуть деньги за билет озон тревел", "/help/travel/travel-ticket-refund"],
  ["озон банк не работает приложение", "/bank"],
  ["этическая горячая линия", "/channels/ethics-email"],
  ["депутатский запрос", "/help/government/government-request"],
  ["пзв", "/help/buyers/buyer-pickup-point"],
  ["пришла смс от ozon со ссылкой", "/check"],
  // The audience's page holds the naming words too; it follows the answer to the rest of them.
  ["я продавец на озон подскажите когда перечислят деньги за товары", "/help/sellers/seller-payouts"],
  // «fbs» names the seller and is a logistics phrase too: the topic of the rest of the words comes first.
  ["по fbs как отменить заказ", "/help/sellers/seller-cancellation"],
  ["я клиент озона поддержка молчит неделю", "/help/buyers/buyer-complaint-support"],
  // An employee who steals is a report to the ethics line, wherever he works: «склад» does not make it logistics.
  ["кладовщик на складе ворует", "/help/ethics/ethics-fraud-theft"],
  ["начальник домогается", "/help/ethics/ethics-discrimination"],
  // «акции озона» are a seller's promotions as often as an investor's shares: it names no investor.
  ["селлер хочет выйти из акции озона", "/help/sellers/seller-promotions"],
  // «мой пвз» is as often a buyer's pickup point as a partner's own; «офис» alone is not the head office.
  ["мой пвз закрыли а посылка там", "/help/buyers/buyer-pickup-point"],
  ["купить бумагу для офиса по счету", "/help/b2b/b2b-purchase"],
  ["мой пункт выдачи закрыли а посылка там", "/help/buyers/buyer-pickup-point"],
  ["письмо из мэрии для озона", "/help/government/government-request"],
  ["сотрудники выносят коробки со склада", "/help/ethics/ethics-fraud-theft"],
];

describe("search that knows who is asking", () => {
  it("answers the words a signal leaves over, once the signal's own are taken out, and those of no signal said", () => {
    // «требует» belongs to the ethics signal «сотрудник требует деньги», which this query does not say.
    expect(first("мой начальник на складе требует откат за то что дает хорошие смены куда сообщить анонимно")).toBe(
      "/help/ethics/ethics-bribery",
    );
  });
  it("keeps the words of a signal that is a problem's own phrase: «комиссия выросла» says who and what", () => {
    expect(first("ozon seller комисия выросла почему")).toBe("/help/sellers/seller-payouts");
    expect(first("почему комиссия выросла с 1 числа на одежду")).toBe("/help/sellers/seller-payouts");
    // A contact's phrase is no problem: «адрес головного офиса» names the office, the claim is the letter's.
    expect(first("адрес головного офиса озон для претензии")).toBe("/help/head-office/head-office-letter");
  });
  it("lets the phrases standing together in a long complaint outweigh words scattered through it", () => {
    // «отменить заказ» and «передумал покупать» stand in it; «вернут … деньги» too, yet the question is the first.
    expect(
      first("как отменить заказ если уже оплатил картой а он уже в пути и я передумал покупать вернут ли деньги"),
    ).toBe("/help/buyers/buyer-order-cancel");
  });
  it("reads a stopword as a signal's word only as itself", () => {
    // «потому» is «оптом» (b2b) with its first two letters swapped.
    const q = "оформила заказ вчера но передумала покупать потому что нашла дешевле можно ли его отменить";
    expect(run(q).who).toEqual([]);
    expect(first(q)).toBe("/help/buyers/buyer-order-cancel");
  });
  it("reads an employee taking money from others as a bribe, reported without a name", () => {
    const q = "на складе бригадир берет деньги с новеньких за смены хочу сообщить не называя себя";
    expect(run(q).who).toEqual(["ethics"]);
    expect(first(q)).toBe("/help/ethics/ethics-bribery");
  });
  it("lets the audience the query says most of decide, an audience within another counting both", () => {
    expect(run("привез поставку fbo на склад а в кабинете не принята водитель говорит что все сдал").who).toEqual([
      "sellers",
    ]);
    expect(run("селлер из казахстана как начать продавать").who).toEqual(["crossborder"]);
    expect(run("водитель фуры озон нарушил пдд").who).toEqual(["driver-reports"]);
  });
  it("reads who asks from the words only they use: a shift boss, a pickup point of one's own, a commission", () => {
    expect(run("бригадир на складе оскорбляет").who).toEqual(["ethics"]);
    expect(first("я кладовщик коллеги воруют товар со склада как сообщить")).toBe("/help/ethics/ethics-fraud-theft");
    expect(first("у меня свой пункт выдачи не пришла выплата за месяц")).toMatch(/^\/help\/pvz-partners\//);
    expect(run("комиссия на электронику выросла").who).toEqual(["sellers"]);
    // A buyer's parcel at a pickup point that closed is still a buyer's.
    expect(first("пункт выдачи закрылся а мой заказ там")).toBe("/help/buyers/buyer-pickup-point");
  });
  it("lets a long query's own words outweigh how many people a record serves", () => {
    expect(
      first("сотрудник на складе озон и руководитель постоянно унижает при всех по национальности куда обратиться"),
    ).toBe("/help/ethics/ethics-discrimination");
  });
  it.each(NAMED)("%s → %s first, without a question", (query, href) => {
    expect(first(query)).toBe(href);
    expect(run(query).choice).toBeNull();
  });
  it("says a corrected slip was one", () => {
    expect(run("пзв")).toMatchObject({ readAs: "пвз", slip: true });
    expect(run("jpjy ctkkth")).toMatchObject({ readAs: "озон селлер", slip: false });
  });
  it("asks when the best answers are for different audiences, each option with its own answer", () => {
    const cancel = run("отменить заказ").choice;
    expect(cancel?.map((o) => [o.audience, o.hit.doc.id])).toEqual([
      ["buyers", "buyer-order-cancel"],
      ["sellers", "seller-cancellation"],
    ]);
    expect(run("не пришли деньги").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers", "bank"]);
  });
  it("lets a problem word only one option's audience knows decide, not a word said in passing", () => {
    const decided: ReadonlyArray<readonly [string, string]> = [
      ["поддержка не отвечает по выплате", "seller-no-answer"],
      ["заблокировали аккаунт после поставки", "seller-account"],
      ["деньги не поступили за отгрузку", "seller-payouts"],
    ];
    for (const [query, id] of decided) {
      const outcome = run(query);
      expect(outcome.choice, query).toBeNull();
      expect(outcome.hits[0]?.doc.id, query).toBe(id);
      expect(outcome.hits[0]?.score, query).toBeLessThanOrEqual(outcome.hits[1]?.score ?? Infinity);
    }
    for (const query of ["поддержка не отвечает вчера", "отменить заказ помогите", "поддержка не отвечает по курьеру"])
      expect(run(query).choice, query).not.toBeNull();
  });
  it("asks when the query is a phrase the data gives topics of one problem for different audiences", () => {
    expect(run("заблокировали аккаунт").choice?.map((o) => o.hit.doc.id)).toEqual([
      "buyer-account-access",
      "seller-account",
    ]);
    expect(run("отмена заказа").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    expect(run("cancel order").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    expect(run("деньги не поступили").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers", "bank"]);
    // A refund to a card and the bank's own payment are both «не пришли деньги на карту».
    expect(run("не пришли деньги на карту").choice?.map((o) => o.audience)).toEqual(["buyers", "bank"]);
    // A buyer's or a seller's account, or the bank's card: nothing says which was blocked.
    expect(run("заблокировали без причины").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers", "bank"]);
    expect(run("аккаунт заблокирован без причины").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    // A product card is a seller's.
    expect(run("карточку товара заблокировали без причины")).toMatchObject({ choice: null });
    expect(first("карточку товара заблокировали без причины")).toBe("/help/sellers/seller-product-cards");
  });
  it("reads a problem's words from another audience's topic of it, and answers with the asker's", () => {
    // «забыл пароль» and «не приходит код» are written on the buyers' account topic only.
    expect(first("продавец забыл пароль")).toBe("/help/sellers/seller-account");
    expect(first("селлер не приходит код для входа")).toBe("/help/sellers/seller-account");
    // The ethics page's own «сообщить о нарушении» is the rest of the words: the page answers them itself.
    expect(first("этика сообщить о нарушении")).toBe("/ethics");
    expect(first("комплаенс озон сообщить о нарушении")).toBe("/ethics");
    // «хочу» says nothing of a problem: the buyers' «хочу вернуть» lends nothing to «хочу продавать».
    expect(first("хочу продавать на озон")).toBe("/sellers");
    expect(run("продавец забыл пароль").hits.every((h) => h.doc.audiences.includes("sellers"))).toBe(true);
  });
  it("asks too when the query holds such a phrase whole and its other words say nothing to either topic", () => {
    expect(run("поддержка не отвечает неделю").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    // The sellers' «пишу третий раз» holds «третий» in passing (the query holds a third of it): it tells nobody.
    expect(run("поддержка не отвечает третий день").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    // A typo MiniSearch found the word for asks the same: «отвечат» is «отвечает».
    expect(run("поддержка не отвечат третий день").choice?.map((o) => o.audience)).toEqual(["buyers", "sellers"]);
    // «передумал» is on the buyers' topic only: it tells who asks.
    expect(run("передумал хочу отменить заказ").choice).toBeNull();
    expect(first("передумал хочу отменить заказ")).toBe("/help/buyers/buyer-order-cancel");
  });
  it("lends a problem's words only when the other topic fits words that name nobody", () => {
    // «продавца» is on the sellers' payouts topic, but here it names another audience than the bank asked.
    expect(first("озон банк для продавца")).toBe("/bank");
    // A number found as itself keeps its place before the named audience's answers.
    expect(run("продавец 2347000 не отвечает").hits[0]?.doc.id).toBe("hotline-8800");
  });
  it("with nobody named, puts the likelier audience's topic of a problem first when both fit about equally", () => {
    const hits = run("поддержка озона вообще не отвечает на вопросы").hits;
    expect(hits.slice(0, 2).map((h) => h.doc.id)).toEqual(["buyer-complaint-support", "seller-no-answer"]);
  });
  it("does not ask when one audience is far more likely or the query says who", () => {
    for (const q of ["возврат", "где мой заказ", "не пришла выплата", "продавец отменить заказ", "8 800 234-70-00"]) {
      expect(run(q).choice, q).toBeNull();
    }
    expect(first("продавец отменить заказ")).toBe("/help/sellers/seller-cancellation");
  });
  it("answers for the audience picked in the choice, as if the query had named it", () => {
    expect(run("отменить заказ", "sellers")).toMatchObject({ who: ["sellers"], choice: null });
    expect(run("отменить заказ", "sellers").hits[0]?.doc.id).toBe("seller-cancellation");
    expect(run("отменить заказ", "buyers").hits[0]?.doc.id).toBe("buyer-order-cancel");
    // An id that is no audience is ignored rather than trusted.
    expect(run("отменить заказ", "nobody").choice).not.toBeNull();
  });
  it("asks who is asking for the brand alone, and every audience's page is a result", () => {
    for (const q of ["озон", "azon", "ozon.ru"]) {
      const outcome = run(q);
      expect(outcome.choice?.map((o) => o.audience).slice(0, 2), q).toEqual(["buyers", "sellers"]);
      expect(
        outcome.hits.every((h) => h.doc.kind === "audience"),
        q,
      ).toBe(true);
    }
    expect(run("ozon", "sellers").hits[0]?.doc.href).toBe("/sellers");
  });
  it("reads a buyer naming their own account as a buyer: no choice with the sellers' cabinet", () => {
    expect(run("мой аккаунт покупателя заблокирован без причины").choice).toBeNull();
    expect(run("мой аккаунт покупателя заблокирован без причины").who).toEqual(["buyers"]);
    expect(first("не могу войти в кабинет покупателя")).toBe("/help/buyers/buyer-account-access");
  });
  it("puts the named audience's page after its answer that fits the rest of the words", () => {
    expect(first("оптовые покупки")).toBe("/help/b2b/b2b-purchase");
  });
  it("reads a scam phrase held whole in the query as a scam, whoever the caller claimed to be", () => {
    expect(first("банк мошенники просят код из смс")).toBe("/check");
    expect(first("не приходит смс код")).toBe("/help/buyers/buyer-account-access");
  });
  it("reads a scam phrase whose words are joined by a preposition, and the lures people are sent", () => {
    // «просят перейти по ссылке» is a scam phrase though «по» is no term, with a seller named too.
    expect(first("продавец в чате просит перейти по ссылке для оплаты")).toBe("/check");
    // Asking whether a letter is real is a scam question, though the bank sent it.
    expect(first("в письме от банка пишут что надо перейти по ссылке для подтверждения. это настоящее письмо?")).toBe(
      "/check",
    );
    expect(first("написали в телеграме что я выиграл приз от озон")).toBe("/check");
    expect(first("звонили сказали что заказ задерживается и нужно назвать код")).toBe("/check");
    expect(first("звонил мужчина представился сотрудником озона")).toBe("/check");
    expect(first("фейковый сайт озона")).toBe("/check");
    // A lure's words a buyer asks honestly are the buyer's question: no «доплатить» or «установить» is a scam.
    expect(first("надо ли доплатить за доставку крупногабарита")).not.toBe("/check");
    expect(first("как установить приложение озон")).toBe("/channels/ozon-app");
    // A phrase that is one term once the brand and the preposition are gone names no scam on its own.
    expect(first("не приходит код из смс для входа")).toBe("/help/buyers/buyer-account-access");
  });
  it("takes a word the index knows for that word, not a slip for its neighbour", () => {
    // Every word here is known; read as slips for their neighbours, they led to the buyers' cancellation.
    expect(first("товара нет в наличии нужно отменить заказ покупателя")).toBe("/help/sellers/seller-cancellation");
  });
  it("corrects two swapped letters when the query finds nothing", () => {
    expect(first("где мой закза")).toBe("/help/buyers/buyer-order-status");
  });
  it("lets another audience's phrase that names the asker keep its answer, when it stands in the query as written", () => {
    // A buyer's complaint about the shop: «продавец» is the subject, not who asks.
    expect(first("продавец отменил мой заказ")).toBe("/help/buyers/buyer-order-cancel");
    // Nor does the page then say the query named a seller.
    expect(run("продавец отменил мой заказ").who).toEqual([]);
    expect(first("продавец долго не отправляет заказ")).toBe("/help/buyers/buyer-order-status");
    expect(first("проадвец отменил мой заказ")).toBe("/help/buyers/buyer-order-cancel");
    // Said by a seller: another form of the verb, the phrase's words apart, or the seller named again.
    expect(first("продавец отменить заказ")).toBe("/help/sellers/seller-cancellation");
    expect(first("я продавец, покупатель отменил заказ")).toBe("/help/sellers/seller-cancellation");
    expect(first("продавец отменил заказ что делать я продавец")).toBe("/help/sellers/seller-cancellation");
  });
  it("reads a buyer's parcel from abroad as a buyer's, and a seller from abroad as cross-border", () => {
    expect(first("посылка из китая не пришла")).toBe("/help/buyers/buyer-order-status");
    // The cross-border topic's «из Китая» does not count for it when no seller is named.
    expect(first("как вернуть товар из китая")).toBe("/help/buyers/buyer-return");
    expect(run("посылка из китая не пришла").who).toEqual([]);
    expect(first("продавцу из казахстана как выйти на озон")).toBe("/help/crossborder/crossborder-selling");
  });
  it("keeps the named audience's page in reach when nothing of its own fits the rest", () => {
    expect(first("журналист курьер не пришел")).toBe("/help/press/press-request");
    expect(run("продавец абракадабра").hits[0]?.doc.href).toBe("/sellers");
  });
});

describe("signals in the data", () => {
  it("name one audience each", () => {
    const owner = new Map<string, string>();
    for (const a of directory.audiences) {
      for (const s of [...a.signals, ...(a.within?.signals ?? [])]) {
        expect(owner.get(s), `${a.id}: «${s}»`).toBeUndefined();
        owner.set(s, a.id);
      }
    }
  });
  it("of one word are phrases of the index too, so that a slip in one still finds its page («вкладд»)", () => {
    const held = new Set(
      searcher.docs.flatMap((d) => [d.title, d.value, ...d.phrases].flatMap((l) => termsIn(l, "ru"))),
    );
    for (const a of directory.audiences) {
      for (const s of a.signals.filter((signal) => !signal.includes(" ")))
        expect(
          termsIn(s, "ru").every((t) => held.has(t)),
          `${a.id}: «${s}»`,
        ).toBe(true);
    }
  });
  it("take no record's own phrase from its audiences: searched, each opens an answer for them or asks", () => {
    // A signal is checked against every phrase the data gives a problem, a channel or an audience in: a new
    // one that a buyer's, a Travel customer's or an investor's phrase holds («ipo ozon» read as «ип») shows here.
    const records = [
      ...directory.topics.map((t) => ({ id: t.id, phrases: t.phrases, audiences: [t.audience] })),
      ...directory.channels.map((c) => ({ id: c.id, phrases: c.phrases, audiences: c.audiences })),
      ...directory.audiences.map((a) => ({ id: a.id, phrases: a.phrases, audiences: [a.id] })),
    ];
    const stolen = records.flatMap((r) =>
      r.phrases.flatMap((p) => {
        const outcome = searcher.run(p);
        const top = outcome.hits[0]?.doc;
        const ours = (ids: readonly string[]): boolean => ids.some((a) => r.audiences.includes(a));
        const named = outcome.who.length === 0 || ours(outcome.who);
        const opens = !top || top.audiences.length === 0 || ours(top.audiences) || outcome.choice !== null;
        return named && opens ? [] : [`${r.id}: «${p}» → ${top?.href ?? "nothing"}`];
      }),
    );
    expect(stolen).toEqual([]);
  });
});
