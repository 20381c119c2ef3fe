import { stemmer as russianStemmer } from "@orama/stemmers/russian";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import type { Locale } from "../i18n/locale";
import { normalize } from "./normalize";

/** fuse.js's bitap matcher works in 32-character chunks. */
const MAX_TOKEN_LENGTH = 32;

/**
 * Words that carry no meaning for finding a channel. "не" is one: "не пришла выплата" and "выплата
 * пришла" mean the same topic; "хочу" is another: "хочу вернуть" is "вернуть", and a buyer's "хочу" must
 * not lend the buyers' return topic to "хочу продавать". "мне", "из" and "это" are not: they tell "мне позвонили из озона"
 * and "это номер озона?" (is this a scam?) from "позвонить в озон" (how do I call?). In English the
 * negations go like "не" ("can't" is "can t" once normalised), and "from" stays: "sell from china" is
 * a seller abroad.
 */
const STOPWORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  ru: new Set([
    ..."а без бы в во вот где да для до же за и или как ко к ли меня мой моя мои мою на не нет ни но о об от по при про с со так то у уже хочу хотел хотела хотим что чтобы я потому потом поэтому если a an and at for i in is it my of on or the to".split(
      " ",
    ),
    // The same words in Latin letters, as a transliterated query writes them: «ozon v odnoklassnikah».
    ..."v vo na ne k po dlya dlia kak gde moi moy moya bez uzhe chto ili".split(" "),
  ]),
  en: new Set(
    "a am an and are as at be been but by can cannot cant could couldnt do does did didnt doesnt dont e for had has have how i if in into is isnt it its me my no not of on or our so t that the their there this to too was wasnt we were what when where which why will with wont would you your".split(
      " ",
    ),
  ),
};

/**
 * English words written apart or together, made one term: «e-mail» is «e mail» once normalised and «e» is a
 * stopword, so «mail» is «email»; «login» is «log in». The Snowball stemmer knows nothing of spelling.
 */
const ENGLISH_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["mail", "email"],
  ["login", "log"],
  ["signin", "sign"],
]);

/**
 * Verbs built on «идти» change their root between tenses («придут», «пришли»; «войти», «вошёл»), which
 * the Snowball stemmer leaves as different stems. The infinitive, future and past forms of each such verb
 * (matched on the word itself, not its stem: «вышлите» and «прошлый» are other words) become one made-up
 * stem, prefix + «~ид», that no Snowball stem can equal, so «когда придут деньги» finds «не пришли
 * деньги». Written here because no stemmer on npm joins these forms, and the set of prefixes is small and
 * closed. With «при» the «й» drops out in the future tense («придут»).
 */
const GO_PREFIXES = "при|до|за|во|вы|про|у|на|пере|по|подо|ото|обо|разо|со|взо";
const GO_FORMS = new RegExp(
  `^(${GO_PREFIXES})(?:йти|йду|йдет|йдут|йдешь|йдем|йдете|йди|шел|шла|шло|шли)$|^(при)(?:ду|дет|дут|дешь|дем|дете|ди)$`,
);

/**
 * A vowel that drops out of a word's other forms («продавец», «продавца»; «звонок», «звонка») is dropped
 * from its stem too, which Snowball leaves in: the index knows the word, so no typo tolerance joins the
 * forms (search.ts), and it takes a rule this small to do it.
 */
const FLEETING = /([^аеиоуыэюя])(?:е(ц)|о(к))$/;

/**
 * Soft and hard signs leave a stem: Russian in Latin letters writes none («dengi», «obyavlenie»), and a
 * phone's typing drops them or swaps one for the other («денги», «обьявление»). The few words that differ by a
 * sign alone become one («угол» and «уголь», «перелет» and «перельет»), none of them a pair this index tells apart.
 */
const SIGNS = /[ьъ]/g;

/** A word without its soft and hard signs. */
export const unsigned = (word: string): string => word.replace(SIGNS, "");

function russianStem(word: string): string {
  const go = GO_FORMS.exec(word);
  return go ? `${go[1] ?? go[2] ?? ""}~ид` : unsigned(russianStemmer(word).replace(FLEETING, "$1$2$3"));
}

/**
 * A stem for a word: Russian words by the Russian Snowball stemmer, other words as they are on Russian
 * pages (a Latin word there is a name or a transliteration) and by the English one on English pages.
 * Remembered, as words repeat a lot.
 */
const stems: Readonly<Record<Locale, Map<string, string>>> = { ru: new Map(), en: new Map() };
export function stem(word: string, locale: Locale = "ru"): string {
  let s = stems[locale].get(word);
  if (s === undefined) {
    if (/[а-я]/.test(word)) s = russianStem(word);
    else s = locale === "en" && /^[a-z]+$/.test(word) ? (ENGLISH_SPELLINGS.get(word) ?? englishStemmer(word)) : word;
    stems[locale].set(word, s);
  }
  return s;
}

/**
 * The brand, in any case form: the whole site is about Ozon, so it tells no record from another,
 * yet it matched every phrase that happened to contain it ("озон вк" found "позвонить в озон").
 */
export const BRAND = new Set(["озон", "ozon"]);

/** Prepositions, which take the next word at once: no other word stands between them and it. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  "в во на с со к ко о об обо от из у про по за для до при без через над под перед".split(" "),
);

/** The search term for one word of normalised text, or null for a stopword or the brand. */
export function termOf(token: string, locale: Locale = "ru"): string | null {
  if (token === "" || STOPWORDS[locale].has(token)) return null;
  const term = stem(token.slice(0, MAX_TOKEN_LENGTH), locale);
  return BRAND.has(term) ? null : term;
}

/** The search terms of any text in a language: normalised, without stopwords, stemmed. */
export function termsIn(text: string, locale: Locale): string[] {
  return normalize(text)
    .split(" ")
    .flatMap((token) => termOf(token, locale) ?? []);
}

/** The terms of Russian text; one argument, so that it can be handed to `map` as it is. */
export const termsOf = (text: string): string[] => termsIn(text, "ru");

/** Two phrases say the same to search when their stemmed words are the same, in any order. */
export const keyOfTerms = (terms: Iterable<string>): string => [...new Set(terms)].sort().join(" ");
