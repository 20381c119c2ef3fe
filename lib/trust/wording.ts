/**
 * Phrases the dataset's free text may not contain. Who supports a statement is worded by lib/trust/attribution.ts
 * from the claims behind it; a hand-typed «по официальной странице» drifts from the claims (issue 26), so the
 * validator rejects it. No source is dated, so nothing may be called old, new, former or still. Each pattern
 * has an example that it must catch and the unit tests hold it to that.
 */

export type WordingKind = "attribution" | "recency" | "unnamed";

export interface WordingPattern {
  id: string;
  kind: WordingKind;
  pattern: RegExp;
  message: string;
  /** A sentence the pattern must reject. */
  example: string;
}

// Cyrillic letters are not \w: word edges are written as look-arounds on \p{L}.
const START = String.raw`(?<!\p{L})`;
const END = String.raw`(?!\p{L})`;

function words(source: string): RegExp {
  return new RegExp(source, "iu");
}

const ATTRIBUTION =
  "кто что говорит, сайт пишет сам рядом с утверждением (lib/trust/attribution.ts): в тексте оставьте только факт";
const RECENCY = "у источников нет дат: ничего нельзя назвать старым, новым, прежним или ещё работающим";

export const WORDING_PATTERNS: readonly WordingPattern[] = [
  {
    id: "by-count",
    kind: "attribution",
    pattern: words(
      String.raw`${START}по\s+(?:официальн\p{L}*\s+страниц|(?:одн|дв|тр|четыр|нескольк|всем|разн|многим)\p{L}*\s+(?:независим\p{L}*\s+)?(?:стать|публикаци|источник|текст))`,
    ),
    message: `ссылка на источники набрана вручную («по … статье/публикациям/источникам»): ${ATTRIBUTION}`,
    example: "Операторы отвечают круглосуточно — по официальной странице.",
  },
  {
    id: "counted-sources",
    kind: "attribution",
    pattern: words(
      String.raw`${START}(?:одн[аои]|две|двух|три|тр[её]х|четыре|вс[еи]|ни\s+один|нескольк\p{L}*|многие)\s+(?:\p{L}+\s+)?(?:стать[яиейю]|публикаци\p{L}*|источник\p{L}*|текст\p{L}*)${END}`,
    ),
    message: `число источников набрано вручную («одна статья», «все источники»): ${ATTRIBUTION}`,
    example: "Об этом пишет одна статья.",
  },
  {
    id: "according-to",
    kind: "attribution",
    pattern: words(
      String.raw`${START}(?:по\s+(?:словам|данным|мнению|оценке|сведениям|обзору|статье|памятке|материалу|справочн\p{L}*|источнику)|со\s+слов|(?:так|как)\s+пиш\p{L}*)${END}`,
    ),
    message: `«по словам…», «по обзору», «так пишет»: ${ATTRIBUTION}`,
    example: "По обзору, отвечают быстро.",
  },
  {
    id: "source-says",
    kind: "attribution",
    pattern: words(
      String.raw`${START}(?:стать[яи]|обзор\p{L}*|памятк[аи]|материал\p{L}*|справочник\p{L}*|источник\p{L}*|страниц[аы]|публикаци[яи]|сборник\p{L}*|текст[ыа]?)${END}[^.;:!?]{0,80}?${START}(?:пиш[уе]т|называ[ею]т|привод[ия]т|сообща[ею]т|совету[ею]т|да[её]т|дают|упомина[ею]т|указыва[ею]т|счита[ею]т|утвержда[ею]т|описыва[ею]т|подтвержда[ею]т|молч[аи]т|расход[яи]тся|сход[яи]тся|спор[яи]т)${END}`,
    ),
    message: `источник назван подлежащим («статья пишет», «обзор называет»): ${ATTRIBUTION}`,
    example: "Статья об отключении линии пишет, что оператора нет.",
  },
  {
    id: "agreement",
    kind: "attribution",
    pattern: words(String.raw`${START}(?:противореч\p{L}*|расход[яи]тся|сход[яи]тся|разногласи\p{L}*)${END}`),
    message: `согласие или спор источников набраны вручную: их показывает сгенерированная отметка надёжности; ${ATTRIBUTION}`,
    example: "Противоречий нет.",
  },
  {
    id: "old-new",
    kind: "recency",
    pattern: words(
      String.raw`${START}(?:стар(?:ый|ая|ое|ые|ого|ой|ых|ым|ую|ыми)|нов(?:ый|ая|ое|ые|ого|ой|ых|ым|ую|ыми)|новейш\p{L}*|прежн\p{L}*|бывш\p{L}*|свеж\p{L}*|устаревш\p{L}*|актуальн\p{L}*)${END}(?!\s+обращени)`,
    ),
    message: `«старый», «новый», «прежний», «актуальный»: ${RECENCY}`,
    example: "Старые и новые статьи описывают чат одинаково.",
  },
  {
    id: "still-no-longer",
    kind: "recency",
    pattern: words(
      String.raw`${START}(?:раньше|ранее|прежде|теперь|сейчас|до\s+сих\s+пор|по-прежнему|(?:всё|все|пока)\s+ещё|ещё\s+(?:работа|действу|отвеча)\p{L}*|уже\s+не|больше\s+не|перестал\p{L}*)${END}`,
    ),
    message: `«раньше», «теперь», «всё ещё», «больше не»: ${RECENCY}`,
    example: "Раньше продавцы звонили на 8 800, теперь оператора нет.",
  },
  {
    id: "when-it-worked",
    kind: "recency",
    pattern: words(String.raw`${START}когда${END}[^.;:!?]{0,40}?${START}(?:работал\p{L}*|действовал\p{L}*)${END}`),
    message: `«когда линия работала»: ${RECENCY}`,
    example: "Даже когда линия 8 800 работала, ждать приходилось долго.",
  },
  {
    id: "names-no-channel",
    kind: "unnamed",
    pattern: words(
      String.raw`${START}(?:в\s+общ(?:их\s+словах|ем\s+виде)|присутству\p{L}*\s+в\s+(?:\p{L}+\s+)?соц\p{L}*|не\s+называ(?:я|ет)\s+(?:ни\s+)?(?:одн\p{L}*\s+)?(?:канал|групп|аккаунт|страниц|сообществ|номер|адрес)\p{L}*|(?:номер|адрес|канал|групп|аккаунт)\p{L}*\s+не\s+(?:называ|привод|указыва)\p{L}*)`,
    ),
    message:
      "утверждение говорит, что источник этот канал не называет: такой источник — «not-mentioned», и в подсчёт он не идёт",
    example: "В общих словах пишет, что Ozon присутствует в соцсетях.",
  },
];

export interface WordingProblem {
  id: string;
  message: string;
}

/** The patterns of the given kinds that the text matches. */
export function wordingProblems(text: string, kinds: readonly WordingKind[]): WordingProblem[] {
  return WORDING_PATTERNS.filter((p) => kinds.includes(p.kind) && p.pattern.test(text)).map((p) => ({
    id: p.id,
    message: `${p.message} (правило «${p.id}»)`,
  }));
}
