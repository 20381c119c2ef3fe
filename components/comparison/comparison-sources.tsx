import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { getSources } from "@/lib/dataset/access";
import { russianLink, type Locale } from "@/lib/i18n/locale";
import { sourceAnchor } from "./answer";

/** The notes the answers point to, each leading on to what we took from the source. Sources' titles are Russian. */
export function ComparisonSources({ notes, locale }: { notes: ReadonlyMap<string, number>; locale: Locale }) {
  const t = useTranslations("comparison");
  const sources = new Map(getSources().map((s) => [s.id, s]));
  const russian = locale === "ru" ? {} : { lang: "ru" };
  return (
    <section aria-labelledby="comparison-sources" className="space-y-2">
      <h2 id="comparison-sources" className="text-xl font-bold">
        {t("sourcesHeading")}
      </h2>
      <ol className="ml-5 list-decimal space-y-1">
        {[...notes.keys()].map((id) => (
          <li key={id} id={sourceAnchor(id)} className="scroll-mt-4">
            <span {...russian}>{sources.get(id)?.title ?? id}</span>.{" "}
            <PageLink href={`/sources#${id}`} className="underline" {...russianLink(locale)}>
              {t("whatWeTook")}
            </PageLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
