/**
 * Keyboard layout swap between the Russian ЙЦУКЕН and the US QWERTY layouts:
 * "jpjy ctkkth" typed with the wrong layout active is "озон селлер".
 * Works on case-folded text (see foldText in lib/text/russian.ts) and keeps unmapped characters.
 */

// Shifted keys and the ё key come last: ё is folded into е before swapping, and the
// first mapping of a character wins, so е must map back to "t", not to "`".
const EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./{}:\"<>`~";
const RU = "йцукенгшщзхъфывапролджэячсмитьбю.хъжэбюее";

/** A Map keeps the last value set for a key, so the pairs go in reversed for the first mapping to win. */
function buildMap(from: string, to: string): Map<string, string> {
  return new Map([...from].map((key, i): [string, string] => [key, to.charAt(i)]).reverse());
}

const enToRu = buildMap(EN, RU);
const ruToEn = buildMap(RU, EN);

function swap(text: string, map: Map<string, string>): string {
  let out = "";
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** What the text would be had the Russian layout been active. */
export function toRussianLayout(text: string): string {
  return swap(text, enToRu);
}

/** What the text would be had the English layout been active. */
export function toEnglishLayout(text: string): string {
  return swap(text, ruToEn);
}
