import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import type { Claim, Source } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { channelIn } from "@/lib/i18n/localize";
import { formatDate } from "@/lib/hours/calendar";
import { sourceKindLabels, stanceLabels, type NumberedSource } from "@/lib/trust/attribution";
import { channelHref, getChannel } from "@/lib/dataset/access";

type Props = {
  claims: Claim[];
  sources: Map<string, Source>;
  numbered: ReadonlyMap<string, NumberedSource>;
  locale?: Locale;
};

/** The channel a claim names in this one's place: its English title where it has an English page, else its Russian one. */
function InsteadLink({ id, locale }: { id: string; locale: Locale }) {
  const target = getChannel(id);
  const link = channelHref(locale, id);
  const inRussian = link.hrefLang === "ru";
  const title = target ? (inRussian ? target.title : channelIn(locale, target).title) : id;
  return (
    <PageLink {...link} lang={inRussian ? "ru" : undefined} className="underline">
      {title}
    </PageLink>
  );
}

/**
 * Every source's claim about a channel, under the source's number on /sources. The sources and their
 * page are Russian only, so on other languages' pages their titles and the link are marked as Russian.
 */
export function ClaimsList({ claims, sources, numbered, locale = "ru" }: Props) {
  const t = useTranslations("channel");
  const russianSources = locale === "ru" ? {} : { hrefLang: "ru", lang: "ru" };
  return (
    <ul className="space-y-3" aria-label={t("claims.label")}>
      {claims.map((cl, i) => {
        const src = sources.get(cl.source);
        const n = numbered.get(cl.source);
        return (
          <li key={i} className="rounded-lg border border-slate-200 bg-white p-3" data-stance={cl.stance}>
            <p className="text-sm text-slate-700">
              <PageLink href={`/sources#${cl.source}`} {...russianSources} className="font-semibold underline">
                {n ? `[${n.number}] ` : ""}
                {src?.title ?? cl.source}
              </PageLink>{" "}
              ({src ? sourceKindLabels[locale][src.kind].toLowerCase() : t("claims.unknownSource")}) —{" "}
              {stanceLabels[locale][cl.stance]}
              {cl.instead ? (
                <>
                  : <InsteadLink id={cl.instead} locale={locale} />
                </>
              ) : null}
            </p>
            <p>{cl.says}</p>
            <p className="text-sm text-slate-600">
              {cl.date
                ? t("claims.dated", { date: formatDate(cl.date, locale) })
                : t("claims.undated", { date: src ? formatDate(src.retrievedAt, locale) : "—" })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
