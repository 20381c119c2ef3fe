/**
 * Russian wording helpers without dependencies, so client components can use them without pulling in
 * lib/format's phone formatting (libphonenumber-js and its metadata).
 */

/** Russian plural form for n: 1 минута, 2 минуты, 5 минут. */
export function plural(n: number, forms: [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** Created on first use: building an Intl formatter when the module loads would start ICU on every page that imports it. */
let ruDate: Intl.DateTimeFormat | undefined;

export function formatDateRu(iso: string): string {
  ruDate ??= new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return ruDate.format(new Date(`${iso}T00:00:00Z`));
}
