import { digitsOf, MIN_PHONE_DIGITS, russianE164 } from "@/lib/phone";
import { MAX_QUERY_LENGTH } from "./normalize";

/**
 * Pieces of a longer query written like phone numbers, with enough digits to
 * match: "звонили с 8 800 234-70-00" → ["8 800 234-70-00"].
 */
export function phoneFragments(query: string): string[] {
  const pieces = query.slice(0, MAX_QUERY_LENGTH).match(/\+?\d[\d\s().\-–—]*\d/g) ?? [];
  return pieces.filter((p) => digitsOf(p).length >= MIN_PHONE_DIGITS);
}

export type PhoneMatch = "exact" | "partial";

/**
 * How a phone query matches a known E.164 number: the whole number, or a run of
 * at least MIN_PHONE_DIGITS digits of it ("234-70-00", "8 800 234").
 */
export function matchPhone(query: string, e164: string): PhoneMatch | null {
  if (russianE164(query) === e164) return "exact";
  const digits = digitsOf(query);
  if (digits.length < MIN_PHONE_DIGITS) return null;
  const known = digitsOf(e164);
  const national = known.slice(1);
  if (known.includes(digits) || national.includes(digits)) return "partial";
  // A trunk prefix typed Russian-style: "8 800 234" is the start of 7 800 234….
  if (digits.startsWith("8") && national.startsWith(digits.slice(1))) return "partial";
  return null;
}
