import { digitsOf, MIN_PHONE_DIGITS, russianE164 } from "@/lib/text/phone";

/**
 * Numbers and addresses matched as themselves, before any words: the whole thing
 * ("8 800 234-70-00", "help@ozon.ru") or a recognisable piece of it ("234-70-00", "sellersup").
 */
export type DirectMatch = "exact" | "partial";

/** A fragment without "@" must cover this share of the local part to count as that address. */
const LOCAL_PART_SHARE = 0.7;

/** Pieces of a longer query written like phone numbers: "звонили с 8 800 234-70-00" → ["8 800 234-70-00"]. */
export function phoneFragments(query: string): string[] {
  const pieces = query.match(/\+?\d[\d\s().\-–—]*\d/g) ?? [];
  return pieces.filter((p) => digitsOf(p).length >= MIN_PHONE_DIGITS);
}

/** The whole number, or a run of at least MIN_PHONE_DIGITS of its digits ("234-70-00", "8 800 234"). */
export function matchPhone(query: string, e164: string): DirectMatch | null {
  if (russianE164(query) === e164) return "exact";
  const digits = digitsOf(query);
  if (digits.length < MIN_PHONE_DIGITS) return null;
  const known = digitsOf(e164);
  const national = known.slice(1);
  if (known.includes(digits) || national.includes(digits)) return "partial";
  // A trunk prefix typed Russian-style: "8 800 234" is the start of 7 800 234….
  return digits.startsWith("8") && national.startsWith(digits.slice(1)) ? "partial" : null;
}

/** Whether a query could be an address or a piece of one at all: else no address need be tried. */
export function mayBeAddress(q: string): boolean {
  return q.includes("@") ? q.length >= 3 : /^[a-z0-9._+-]{4,}$/.test(q);
}

/**
 * A folded, trimmed query against a lowercase address: all of it, a piece with "@" ("@finance.ozon.ru"),
 * or most of the part before "@" ("sellersup"). A bare "ozon" is not "ozon-hotline@…": it is a brand.
 */
export function matchEmail(q: string, address: string): DirectMatch | null {
  if (!mayBeAddress(q)) return null;
  if (q === address) return "exact";
  if (q.includes("@")) return address.includes(q) ? "partial" : null;
  const local = address.split("@")[0] ?? "";
  return local.includes(q) && q.length >= local.length * LOCAL_PART_SHARE ? "partial" : null;
}

/** An address inside a sentence, without the punctuation around it («…help@ozon.ru, это озон?»). */
const ADDRESS_IN_TEXT = /[^\s@,;:!?«»()"']+@[^\s@,;:!?«»()"']+\.[a-z]{2,}/i;

export function addressIn(text: string): string | undefined {
  return ADDRESS_IN_TEXT.exec(text)?.[0];
}

/** A whole address typed out ("x@y.z"), as opposed to a piece of one. */
export function looksLikeEmail(q: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/.test(q);
}
