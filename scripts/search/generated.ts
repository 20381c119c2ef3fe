import { toEnglishLayout } from "../../lib/search/layout";
import type { Searcher } from "../../lib/search/search";
import type { SearchDoc } from "../../lib/search/types";

/**
 * The generalisation set: queries generated from how people name who they are × problems every audience
 * has × the ways they get typed. Written apart from the data's phrases and signals (different word forms,
 * word order, spellings), so the ranking cannot have been tuned on it; each query expects its first result
 * to be an answer for the audience it names.
 */

export const SPELLINGS = ["typed", "typo", "vowel", "layout", "latin"] as const;
export type Spelling = (typeof SPELLINGS)[number];

/** With `problem`, the query must open that audience's topic of the problem (`href`), not just one of its answers. */
export type GeneratedQuery = {
  query: string;
  audience: string;
  spelling: Spelling;
  problem?: string;
  href?: string;
  /** The audience whose words the query holds, though someone else asks («посылка из Китая» is a buyer's). */
  looksLike?: string;
};

/** How a visitor says who they are, in the forms a sentence puts them in. */
const WHO: Record<string, readonly string[]> = {
  buyers: ["я покупатель", "мне как покупателю", "я клиент озона"],
  sellers: ["продавцу", "я продавец", "селлеру", "ozon seller", "seller.ozon.ru", "по fbs", "кабинет продавца"],
  travel: ["озон тревел", "ozon travel", "за авиабилет", "по билету на поезд"],
  bank: ["озон банк", "ozon bank", "в банке озон", "по карте озон банка"],
  ethics: ["этическая линия", "про взятку", "по этике"],
  "pvz-partners": ["партнеру пвз", "владельцу пункта выдачи", "в турбо пвз"],
  b2b: ["для юрлица", "оптом для компании"],
  crossborder: ["продавцу из китая", "зарубежному продавцу"],
  press: ["журналисту", "для сми"],
  investors: ["инвестору", "акционеру"],
  government: ["депутату", "от госоргана"],
  "law-enforcement": ["следователю", "от полиции"],
  "driver-reports": ["про водителя озона", "про грузовик озона"],
};

/** Problems whose words pull toward the buyers' answers whoever asks. */
const PROBLEMS: readonly string[] = [
  "не пришли деньги",
  "не могу войти",
  "поддержка не отвечает",
  "горячая линия",
  "приложение не работает",
  "куда пожаловаться",
  "возврат",
  "номер телефона",
  "написать в чат",
  "отменить заказ",
  "заблокировали аккаунт",
  "как связаться",
];

/**
 * Problems several audiences have, each with a topic of its own for them (data/topics.json `problem`),
 * each in a few wordings, some of them the data's own phrases for one audience (which the query must
 * carry over to the others): the query must open the asker's topic of it.
 */
const SHARED_PROBLEMS: Record<string, readonly string[]> = {
  account: ["не получается зайти в аккаунт", "забыл пароль", "не приходит код для входа", "аккаунт заблокирован"],
  "order-cancel": ["как отменить заказ", "нужна отмена заказа"],
  "order-status": ["статус заказа неправильный", "статус заказа не меняется"],
  money: ["деньги так и не пришли", "когда придут деньги"],
  "support-no-answer": ["в поддержке никто не отвечает", "поддержка молчит неделю"],
  returns: ["возврат товара", "как оформить возврат"],
};

const RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const LAT = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" ");

/** Russian written in Latin letters the way people do it («prodavtsu ne prishli dengi»). */
function latin(text: string): string {
  let out = "";
  for (const ch of text) {
    const at = RU.indexOf(ch);
    out += at < 0 ? ch : (LAT[at] ?? "");
  }
  return out;
}

/** The query with its longest word changed by `slip`, or as it was when `slip` leaves that word alone. */
function inLongest(text: string, slip: (word: string) => string): string {
  const words = text.split(" ");
  const longest = words.reduce((a, w, i) => (w.length > (words[a]?.length ?? 0) ? i : a), 0);
  words[longest] = slip(words[longest] ?? "");
  return words.join(" ");
}

/** The commonest slip: two neighbouring letters swapped in the middle of the query's longest word. */
const typo = (text: string): string =>
  inLongest(text, (w) => {
    if (w.length < 5) return w;
    const m = Math.floor(w.length / 2);
    return w.slice(0, m - 1) + w.charAt(m) + w.charAt(m - 1) + w.slice(m + 1);
  });

/**
 * Russian's commonest misspelling: a vowel written as the one it sounds like («продовец»), here the first
 * from the fourth letter of the longest word, which is often, not always, unstressed («возврот» is a
 * stressed one). A Latin word or one without such a vowel stays as it is.
 */
const SOUND_ALIKE: Readonly<Record<string, string>> = { а: "о", о: "а", е: "и", и: "е" };
const vowel = (text: string): string =>
  inLongest(text, (w) => {
    const at = [...w].findIndex((ch, i) => i >= 3 && SOUND_ALIKE[ch] !== undefined);
    return w.length < 6 || at < 0 ? w : w.slice(0, at) + (SOUND_ALIKE[w.charAt(at)] ?? "") + w.slice(at + 1);
  });

const SPELL: Record<Spelling, (text: string) => string> = {
  typed: (t) => t,
  typo,
  vowel,
  // The Russian layout's comma is Shift+/ on its key, which the English layout types as «?».
  layout: (t) => toEnglishLayout(t.replaceAll(",", "?")),
  latin,
};

/** Every audience word × every problem × every spelling; the audience word goes first or last in turn. */
export function generatedQueries(): GeneratedQuery[] {
  const out: GeneratedQuery[] = [];
  let n = 0;
  for (const [audience, words] of Object.entries(WHO)) {
    for (const who of words) {
      for (const problem of PROBLEMS) {
        const text = n % 2 === 0 ? `${who} ${problem}` : `${problem} ${who}`;
        n += 1;
        for (const spelling of SPELLINGS) out.push({ query: SPELL[spelling](text), audience, spelling });
      }
    }
  }
  return out;
}

/**
 * Every audience word × the wordings of each problem that audience has a topic of × every spelling. The
 * expected topic is the audience's topic of the problem in `docs`.
 */
export function generatedProblemQueries(docs: readonly SearchDoc[]): GeneratedQuery[] {
  const out: GeneratedQuery[] = [];
  let n = 0;
  for (const [audience, words] of Object.entries(WHO)) {
    for (const [problem, wordings] of Object.entries(SHARED_PROBLEMS)) {
      const topic = docs.find((d) => d.problem === problem && d.audiences.includes(audience));
      if (!topic) continue;
      for (const who of words) {
        for (const wording of wordings) {
          const text = n % 2 === 0 ? `${who} ${wording}` : `${wording} ${who}`;
          n += 1;
          for (const spelling of SPELLINGS)
            out.push({ query: SPELL[spelling](text), audience, spelling, problem, href: topic.href });
        }
      }
    }
  }
  return out;
}

/**
 * A buyer's words that hold another audience's («из Китая» says where a cross-border seller sells from,
 * «продавец» who is asking) without being that audience asking: where the parcel comes from, what the
 * shop did. Each wording expects the buyers' topic it is about.
 */
const ORIGINS: readonly string[] = ["из китая", "из турции", "из казахстана", "из за границы", "из другой страны"];
const LOOKALIKES: ReadonlyArray<{ looksLike: string; topic: string; wordings: readonly string[] }> = [
  {
    looksLike: "crossborder",
    topic: "buyer-order-status",
    wordings: ORIGINS.flatMap((o) => [`посылка ${o} не пришла`, `заказ ${o} задерживается`]),
  },
  { looksLike: "crossborder", topic: "buyer-return", wordings: ORIGINS.map((o) => `как вернуть товар ${o}`) },
  {
    looksLike: "sellers",
    topic: "buyer-order-status",
    wordings: ["продавец не отправляет заказ", "продавец долго не отправляет посылку"],
  },
  { looksLike: "sellers", topic: "buyer-damaged-item", wordings: ["продавец прислал бракованный товар"] },
  { looksLike: "sellers", topic: "buyer-order-cancel", wordings: ["продавец отменил мой заказ"] },
  {
    looksLike: "sellers",
    topic: "buyer-seller-dispute",
    wordings: [
      "хочу пожаловаться на продавца",
      "как связаться с продавцом товара",
      "хочу пожаловаться на магазин на озоне",
    ],
  },
  // Where a buyer turns when Ozon does not help: the authority named is not the one asking.
  {
    looksLike: "law-enforcement",
    topic: "buyer-refund-payment",
    wordings: ["деньги так и не вернули, пойду в полицию", "не возвращают деньги, напишу заявление в прокуратуру"],
  },
  { looksLike: "law-enforcement", topic: "buyer-courier", wordings: ["курьер нагрубил у двери, вызову полицию"] },
  {
    looksLike: "government",
    topic: "buyer-pickup-point",
    wordings: ["пункт выдачи закрыли без предупреждения, пожалуюсь в администрацию"],
  },
  { looksLike: "press", topic: "buyer-order-status", wordings: ["посылку потеряли, напишу в сми"] },
];

/** Every lookalike wording × every spelling, each expecting its buyers' topic. */
export function generatedLookalikeQueries(): GeneratedQuery[] {
  return LOOKALIKES.flatMap(({ looksLike, topic, wordings }) =>
    wordings.flatMap((text) =>
      SPELLINGS.map((spelling) => ({
        query: SPELL[spelling](text),
        audience: "buyers",
        spelling,
        href: `/help/buyers/${topic}`,
        looksLike,
      })),
    ),
  );
}

export type Share = { right: number; of: number };

export type GeneratedResult = {
  top1: number;
  /** Queries that open another audience's answer first, though their words name one. */
  wrongAudience: number;
  byAudience: Record<string, Share>;
  bySpelling: Record<string, Share>;
  byProblem: Record<string, Share>;
  /** Buyers' queries holding another audience's words, by that audience. */
  byLookalike: Record<string, Share>;
  misses: Array<{ query: string; audience: string; got: string }>;
};

/** The floor `npm run eval:search -- --generated` and the unit test hold search to. */
export const GENERATED_FLOOR = { top1: 0.95, wrongAudience: 0 };

const count = (shares: Record<string, Share>, key: string, right: boolean): void => {
  const s = (shares[key] ??= { right: 0, of: 0 });
  s.of += 1;
  if (right) s.right += 1;
};

export function evaluateGenerated(searcher: Searcher, queries: readonly GeneratedQuery[]): GeneratedResult {
  const result: GeneratedResult = {
    top1: 0,
    wrongAudience: 0,
    byAudience: {},
    bySpelling: {},
    byProblem: {},
    byLookalike: {},
    misses: [],
  };
  let right = 0;
  for (const q of queries) {
    const outcome = searcher.run(q.query);
    const first = outcome.hits[0]?.doc;
    const ok =
      !outcome.choice &&
      first !== undefined &&
      first.audiences.includes(q.audience) &&
      (q.href === undefined || first.href === q.href);
    if (ok) right += 1;
    else
      result.misses.push({
        query: q.query,
        audience: q.audience,
        got: outcome.choice ? "choice" : (first?.href ?? "nothing"),
      });
    if (first && first.audiences.length > 0 && !first.audiences.includes(q.audience)) result.wrongAudience += 1;
    count(result.byAudience, q.audience, ok);
    count(result.bySpelling, q.spelling, ok);
    if (q.problem !== undefined) count(result.byProblem, q.problem, ok);
    if (q.looksLike !== undefined) count(result.byLookalike, q.looksLike, ok);
  }
  result.top1 = right / Math.max(queries.length, 1);
  return result;
}
