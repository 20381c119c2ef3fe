import type { Audience, Channel } from "../dataset/schema";

type ContactPoint = {
  "@type": "ContactPoint";
  contactType: string;
  telephone?: string;
  email?: string;
  areaServed: "RU";
  availableLanguage: "Russian";
};

/**
 * schema.org Organization for Ozon with only working phones and emails (Ozon
 * Bank's included): search engines must not learn a switched-off number from us.
 */
export function organizationJsonLd(channels: Channel[], audiences: Audience[]) {
  const titles = new Map(audiences.map((a) => [a.id, a.title]));
  const contactPoint: ContactPoint[] = channels
    .filter((c) => c.status === "active" && c.value !== undefined && (c.kind === "phone" || c.kind === "email"))
    .map((c) => ({
      "@type": "ContactPoint",
      contactType: `${titles.get(c.audiences[0] ?? "") ?? "Поддержка"}: ${c.title}`,
      ...(c.kind === "phone" ? { telephone: c.value } : { email: c.value }),
      areaServed: "RU",
      availableLanguage: "Russian",
    }));
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: "Ozon",
    url: "https://www.ozon.ru",
    contactPoint,
  };
}

/** JSON for an inline <script>: "<" escaped so no string in the data can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
