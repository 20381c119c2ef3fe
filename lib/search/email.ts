import { clip } from "./normalize";

/** A fragment without "@" must cover this share of the local part to count as that address. */
const LOCAL_PART_SHARE = 0.7;

export type EmailMatch = "exact" | "partial";

/**
 * How a query matches a known address: all of it, a piece containing "@"
 * ("sellersup@", "@finance.ozon.ru"), or most of the part before "@" ("sellersup").
 * A bare "ozon" is deliberately not a match for "ozon-hotline@…": it is a brand,
 * not a half-remembered address.
 */
export function matchEmail(query: string, email: string): EmailMatch | null {
  return matchFoldedEmail(clip(query).trim(), email.toLowerCase());
}

/** matchEmail for a query already passed through clip() and trimmed, and a lowercase address. */
export function matchFoldedEmail(q: string, address: string): EmailMatch | null {
  if (q === address) return "exact";
  if (q.includes("@")) return q.length >= 3 && address.includes(q) ? "partial" : null;
  if (!/^[a-z0-9._+-]{4,}$/.test(q)) return null;
  const local = address.split("@")[0] ?? "";
  return local.includes(q) && q.length >= local.length * LOCAL_PART_SHARE ? "partial" : null;
}
