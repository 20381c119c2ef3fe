import { PageLink } from "@/components/page-link";
import type { Audience } from "@/lib/dataset/schema";
import { localePath, type Locale } from "@/lib/i18n/locale";

/**
 * "Who are you?" — one tap to each audience; used on the home, 404 and empty-search pages. `compact`
 * wraps them as small chips so that all of them fit on a phone's first screen next to the answers.
 */
export function AudienceLinks({
  audiences,
  compact = false,
  locale = "ru",
}: {
  audiences: readonly Pick<Audience, "id" | "label">[];
  compact?: boolean;
  /** Whose pages they open: on an English page, only audiences with English pages are passed. */
  locale?: Locale;
}) {
  return (
    <ul className={compact ? "flex flex-wrap gap-1.5" : "grid grid-cols-1 gap-2 sm:grid-cols-2"}>
      {audiences.map((a) => (
        <li key={a.id}>
          <PageLink href={localePath(locale, `/${a.id}`)} className={compact ? "chip" : "tile h-full"}>
            {a.label}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The same choice for the home page's first screen on a phone: the short titles as wrapped chips; the
 * full labels ("Я купил билет или оплатил отель в Ozon Travel") as tiles would take two screens.
 */
export function AudienceChips({ audiences }: { audiences: readonly Pick<Audience, "id" | "title">[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {audiences.map((a) => (
        <li key={a.id}>
          <PageLink href={`/${a.id}`} className="chip">
            {a.title}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
