/**
 * Latin → Cyrillic for people who type Russian in Latin letters ("vozvrat deneg", "pozvonit").
 * English words need no rule: the phrases in the data carry them ("refund", "call").
 */

/**
 * Longest spellings first, so "shch" wins over "sh" + "ch"; "tsya" is the reflexive ending «тся»
 * ("pozhalovatsya"), far commoner than «ця».
 */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> =
  "shch:щ tsya:тся sch:щ zh:ж kh:х ts:ц tz:ц ch:ч sh:ш yo:е jo:е yu:ю ju:ю ya:я ja:я ye:е iy:ий ij:ий ck:к ph:ф ee:и oo:у"
    .split(" ")
    .map((pair): readonly [string, string] => [pair.slice(0, pair.indexOf(":")), pair.slice(pair.indexOf(":") + 1)]);

const LATIN = "abdefghijklmnopqrstuvwyz";
const CYRILLIC = "абдефгхийклмнопкрстуввыз";

/** "c" is "ц" in Russian transliteration ("prodavec") but "к" before these letters ("kontakt" spelled "contact"). */
function letterC(next: string): string {
  return next !== "" && "aoulrtk".includes(next) ? "к" : "ц";
}

/** "y" after a vowel is "й" ("moy", "drugoy"); elsewhere "ы" ("vy", "byl"). */
const VOWELS = "aeiou";

function letter(ch: string, next: string, prev: string): string {
  if (ch === "c") return letterC(next);
  if (ch === "y" && prev !== "" && VOWELS.includes(prev)) return "й";
  if (ch === "x") return "кс";
  const at = LATIN.indexOf(ch);
  return at < 0 ? ch : CYRILLIC.charAt(at);
}

function transliterateWord(word: string): string {
  let out = "";
  let i = 0;
  while (i < word.length) {
    const digraph = DIGRAPHS.find(([latin]) => word.startsWith(latin, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
    } else {
      out += letter(word.charAt(i), word.charAt(i + 1), word.charAt(i - 1));
      i += 1;
    }
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
