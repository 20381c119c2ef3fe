import { MAX_QUERY_LENGTH } from "./normalize";

/**
 * Phone matching without a phone-number library: the client bundle stays small,
 * and the numbers we match against are already canonical E.164 (validated with
 * libphonenumber by lib/validate.ts and lib/phone.ts at build time).
 */

/** Fewer digits than this say too little to pick a number ("70-00" is in many). */
export const MIN_PARTIAL_DIGITS = 5;

/** True when the query is written only with what people put in phone numbers. */
export function looksLikePhone(query: string): boolean {
  const trimmed = query.trim();
  return /^[+\d\s().\-–—]+$/.test(trimmed) && digitsOf(trimmed).length >= MIN_PARTIAL_DIGITS;
}

/**
 * Pieces of a longer query written like phone numbers, with enough digits to
 * match: "звонили с 8 800 234-70-00" → ["8 800 234-70-00"].
 */
export function phoneFragments(query: string): string[] {
  const pieces = query.slice(0, MAX_QUERY_LENGTH).match(/\+?\d[\d\s().\-–—]*\d/g) ?? [];
  return pieces.filter((p) => digitsOf(p).length >= MIN_PARTIAL_DIGITS);
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/**
 * The E.164 form of a complete Russian number in any common spelling
 * ("8 800 234 70 00", "+7 (800) 234-70-00", "88002347000", "8002347000"), or null.
 * Agrees with lib/phone.ts toE164 for Russian numbers.
 */
export function russianE164(query: string): string | null {
  const digits = digitsOf(query);
  if (digits.length === 11 && (digits.startsWith("7") || (digits.startsWith("8") && !query.trim().startsWith("+")))) {
    return `+7${digits.slice(1)}`;
  }
  if (digits.length === 10 && !query.trim().startsWith("+")) return `+7${digits}`;
  return null;
}

export type PhoneMatch = "exact" | "partial";

/**
 * How a phone query matches a known E.164 number: the whole number, or a run of
 * at least MIN_PARTIAL_DIGITS digits of it ("234-70-00", "8 800 234").
 */
export function matchPhone(query: string, e164: string): PhoneMatch | null {
  if (russianE164(query) === e164) return "exact";
  const digits = digitsOf(query);
  if (digits.length < MIN_PARTIAL_DIGITS) return null;
  const known = digitsOf(e164);
  const national = known.slice(1);
  if (known.includes(digits) || national.includes(digits)) return "partial";
  // A trunk prefix typed Russian-style: "8 800 234" is the start of 7 800 234….
  if (digits.startsWith("8") && national.startsWith(digits.slice(1))) return "partial";
  return null;
}
