import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** Canonical E.164 form of anything that looks like a Russian phone number, or null. */
export function toE164(input: string): string | null {
  const digits = input.replace(/\D/g, "");
  if (digits.length === 0) return null;
  let candidate = input.trim().startsWith("+") ? `+${digits}` : digits;
  if (!candidate.startsWith("+")) {
    if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) candidate = `+7${digits.slice(1)}`;
    else if (digits.length === 10) candidate = `+7${digits}`;
    else candidate = `+${digits}`;
  }
  const parsed = parsePhoneNumberFromString(candidate);
  return parsed && parsed.isValid() ? parsed.number : null;
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
