import type { Claim } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { sidesOf, type NumberedSource } from "@/lib/trust/attribution";
import { PageLink } from "./page-link";

type Props = { summary: string; claims: Claim[]; numbered: ReadonlyMap<string, NumberedSource>; locale?: Locale };

/**
 * The disagreement one tap away, in full: the generated one-line split as the summary, every source's claim
 * under the side it takes. A native <details>, so it opens without the framework.
 */
export function DisagreementDetails({ summary, claims, numbered, locale = "ru" }: Props) {
  return (
    <details className="rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="disagreement">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <div className="mt-2 space-y-2">
        {sidesOf(claims, locale).map((side) => (
          <div key={side.label} className="space-y-1">
            {/* Not a heading: the page around it decides the heading levels, and this sits under any of them. */}
            <p className="font-semibold">{side.label}</p>
            <ul className="ml-5 list-disc space-y-1">
              {side.claims.map((cl) => {
                const n = numbered.get(cl.source);
                return (
                  <li key={cl.source}>
                    <PageLink
                      href={`/sources#${cl.source}`}
                      className="underline"
                      // The sources' titles are Russian, and so is /sources.
                      {...(locale === "ru" ? {} : { hrefLang: "ru", lang: "ru" })}
                    >
                      {n ? `[${n.number}] ${n.title}` : cl.source}
                    </PageLink>
                    : {cl.says}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
