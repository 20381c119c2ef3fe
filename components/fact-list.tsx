import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Fact } from "@/lib/dataset/schema";
import { sourcesInWords } from "@/lib/dataset/access";
import { russianLink, type Locale } from "@/lib/i18n/locale";

/** General facts about support, each with the sources that state it. */
export function FactList({ facts, locale = "ru" }: { facts: Fact[]; locale?: Locale }) {
  const t = useTranslations("page");
  if (facts.length === 0) return null;
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
                {...russianLink(locale)}
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
