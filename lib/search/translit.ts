/**
 * Latin → Cyrillic for people who type Russian in Latin letters ("vozvrat deneg")
 * and a small glossary for common English support words. English words that the
 * dataset lists as synonyms ("seller", "bank", "travel") need neither: they are
 * indexed as they are, so the glossary only covers everyday words the data
 * does not spell out in English.
 */

const GLOSSARY: Readonly<Record<string, string>> = {
  account: "аккаунт",
  address: "адрес",
  blocked: "заблокировали",
  bribe: "взятка",
  buyer: "покупатель",
  call: "позвонить",
  card: "карта",
  complaint: "жалоба",
  courier: "курьер",
  delivery: "доставка",
  flight: "авиабилет",
  help: "помощь",
  money: "деньги",
  number: "номер",
  office: "офис",
  order: "заказ",
  payout: "выплата",
  phone: "телефон",
  refund: "возврат",
  return: "возврат",
  seller: "продавец",
  support: "поддержка",
  ticket: "билет",
};

/** Longest spellings first, so "shch" wins over "sh" + "ch". */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["tz", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yo", "е"],
  ["jo", "е"],
  ["yu", "ю"],
  ["ju", "ю"],
  ["ya", "я"],
  ["ja", "я"],
  ["ye", "е"],
  ["iy", "ий"],
  ["ij", "ий"],
  ["ck", "к"],
  ["ph", "ф"],
  ["ee", "и"],
  ["oo", "у"],
];

const LETTERS: Readonly<Record<string, string>> = {
  a: "а",
  b: "б",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "к",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  w: "в",
  x: "кс",
  y: "ы",
  z: "з",
};

/** "c" is "ц" in Russian transliteration ("prodavec") but "к" in English-looking words ("card"). */
function letterC(next: string): string {
  return "aoulrtk".includes(next) && next !== "" ? "к" : "ц";
}

function transliterateWord(word: string): string {
  const known = GLOSSARY[word];
  if (known !== undefined) return known;
  let out = "";
  let i = 0;
  while (i < word.length) {
    const digraph = DIGRAPHS.find(([latin]) => word.startsWith(latin, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = word.charAt(i);
    out += ch === "c" ? letterC(word.charAt(i + 1)) : (LETTERS[ch] ?? ch);
    i += 1;
  }
  return out;
}

/** Transliterates each Latin word of normalised text; Cyrillic words and numbers pass through. */
export function transliterate(normalized: string): string {
  return normalized
    .split(" ")
    .map((word) => (/^[a-z]+$/.test(word) ? transliterateWord(word) : word))
    .join(" ");
}
