import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Fact } from "@/lib/dataset/schema";
import { sourcesInWords } from "@/lib/dataset/access";
import type { Locale } from "@/lib/i18n/locale";

/** General facts about support, each with the sources that state it. */
export async function FactList({ facts, locale = "ru" }: { facts: Fact[]; locale?: Locale }) {
  if (facts.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "page" });
  return (
    <section aria-labelledby="facts" className="space-y-2">
      <h2 id="facts" className="text-xl font-bold">
        {t("goodToKnow")}
      </h2>
      <ul className="ml-5 list-disc space-y-1">
        {facts.map((f) => (
          <li key={f.id} data-fact={f.id}>
            {f.text}{" "}
            <span className="text-sm text-slate-600">
              (
              <Link
                prefetch={false}
                href={`/sources#${f.sources[0] ?? ""}`}
                className="underline"
                hrefLang={locale === "ru" ? undefined : "ru"}
              >
                {sourcesInWords(f.sources, locale)}
              </Link>
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
