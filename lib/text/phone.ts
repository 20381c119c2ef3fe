/**
 * Phone helpers without a phone-number library, so the number check and search ship no metadata to
 * the browser: every number they compare against is already canonical E.164, validated with
 * libphonenumber at build time by lib/dataset/validate.ts.
 */

/** Fewer digits than this say too little to pick a number ("70-00" is in many). */
export const MIN_PHONE_DIGITS = 5;

export function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/** True when the text is written only with what people put in phone numbers, with enough digits. */
export function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  return /^[+\d\s().\-–—]+$/.test(trimmed) && digitsOf(trimmed).length >= MIN_PHONE_DIGITS;
}

/**
 * The E.164 form of a complete Russian number in any common spelling
 * ("8 800 234 70 00", "+7 (800) 234-70-00", "88002347000", "8002347000"), or null.
 */
export function russianE164(text: string): string | null {
  const digits = digitsOf(text);
  const international = text.trim().startsWith("+");
  if (digits.length === 11 && (digits.startsWith("7") || (digits.startsWith("8") && !international))) {
    return `+7${digits.slice(1)}`;
  }
  if (digits.length === 10 && !international) return `+7${digits}`;
  return null;
}

/** Russian display format: "8 (800) 234-70-00" for free numbers, "+7 (495) 232-10-00" otherwise. */
export function formatPhoneRu(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (!m) return e164;
  const [, code, a, b, c] = m;
  const prefix = code === "800" ? "8" : "+7";
  return `${prefix} (${code}) ${a}-${b}-${c}`;
}

/** URL slug for checker pages: "8-800-234-70-00" / "7-495-232-10-00". */
export function phoneSlug(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (!m) return e164.replace(/\D/g, "");
  const [, code, a, b, c] = m;
  return `${code === "800" ? "8" : "7"}-${code}-${a}-${b}-${c}`;
}

export function telHref(e164: string): string {
  return `tel:${e164}`;
}
