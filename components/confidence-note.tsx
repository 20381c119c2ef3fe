import Link from "next/link";
import type { Confidence } from "@/lib/dataset/schema";
import { confidenceLabel, type NumberedSource } from "@/lib/trust/attribution";
import { russianLink, type Locale } from "@/lib/i18n/locale";

/** Said beside the level; a sync component, as the number check renders it too. */
const RELIABILITY: Record<Locale, { word: string; source: string }> = {
  ru: { word: "Надёжность", source: "Источник" },
  en: { word: "Reliability", source: "Source" },
};

/**
 * How sure the sources let us be, as a compact mark beside a status or an answer: the level (its rules are on
 * /sources) and the numbered sources that take a side, each linking to its entry there.
 */
export function ConfidenceNote({
  level,
  sources = [],
  locale = "ru",
}: {
  level: Confidence;
  sources?: readonly NumberedSource[];
  locale?: Locale;
}) {
  const words = RELIABILITY[locale];
  const ru = russianLink(locale);
  return (
    <span className="text-sm text-slate-700" data-confidence={level}>
      <Link prefetch={false} href="/sources#rules" className="underline" {...ru}>
        {words.word}
      </Link>
      : {confidenceLabel(level, locale)}
      {sources.map((s) => (
        <span key={s.id}>
          {" "}
          <Link
            prefetch={false}
            href={`/sources#${s.id}`}
            className="underline"
            aria-label={`${words.source} ${s.number}`}
            {...ru}
            data-source={s.id}
          >
            [{s.number}]
          </Link>
        </span>
      ))}
    </span>
  );
}
