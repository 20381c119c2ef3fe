/** Russian plural form for n: 1 минута, 2 минуты, 5 минут (forms in that order). */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** «Ozon, Wildberries и AliExpress»: a list as a Russian sentence says it. */
export function listRu(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

/** English plural form for n: 1 minute, 2 minutes (forms in that order). */
export function pluralEn(n: number, forms: readonly [string, string]): string {
  return n === 1 ? forms[0] : forms[1];
}

/** "Ozon, Wildberries and AliExpress": the English twin of listRu, without a serial comma. */
export function listEn(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Case- and ё-insensitive form of Russian text, so "Ёж" and "еж" compare equal. */
export function foldText(input: string): string {
  return input.normalize("NFKC").toLowerCase().replace(/ё/g, "е");
}

/** A label as a lookup key: folded, trimmed, inner white space collapsed. */
export function textKey(input: string): string {
  return foldText(input).trim().replace(/\s+/g, " ");
}
