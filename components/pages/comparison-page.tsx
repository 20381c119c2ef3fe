import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getAudience, getComparison, getEnglishPages, organisationOf } from "@/lib/dataset/access";
import { listEn, listRu } from "@/lib/text/russian";
import { comparisonPath, comparisonTitle, footnotes } from "@/lib/comparison/questions";
import { ComparisonCards } from "@/components/comparison/comparison-cards";
import { ComparisonTable } from "@/components/comparison/comparison-table";
import { MarketplaceContacts } from "@/components/comparison/marketplace-contacts";
import { ComparisonSources } from "@/components/comparison/comparison-sources";
import { localePath, twinOf, type Locale } from "@/lib/i18n/locale";
import { audienceIn, organisationIn } from "@/lib/i18n/localize";

function companies(locale: Locale) {
  return getComparison().marketplaces.map((m) => organisationIn(locale, organisationOf(m)));
}

/** «Wildberries, Яндекс Маркет и AliExpress»: the marketplaces other than Ozon. */
export function otherNames(locale: Locale): string {
  const names = companies(locale)
    .filter((o) => !o.isOzon)
    .map((o) => o.name);
  return locale === "ru" ? listRu(names) : listEn(names);
}

export function comparisonPageTitle(locale: Locale): string {
  return comparisonTitle(companies(locale), locale);
}

/** The sellers' comparison of marketplaces in either language: cards on a phone, a table on a wide screen. */
export function ComparisonPage({ locale }: { locale: Locale }) {
  const t = useTranslations("comparison");
  const comparison = getComparison();
  const raw = getAudience(comparison.audience);
  if (!raw) return null;
  const audience = audienceIn(locale, raw);
  const notes = footnotes(comparison);
  const path = comparisonPath(audience.id);
  return (
    <div className="space-y-5">
      <Breadcrumbs
        locale={locale}
        trail={[{ href: localePath(locale, `/${audience.id}`), label: audience.title }]}
        twin={twinOf(locale, path, getEnglishPages().comparison)}
      />
      <h1 className="text-2xl font-bold">{comparisonPageTitle(locale)}</h1>
      <p>{t("intro")}</p>
      <p className="rounded-xl border border-slate-300 bg-white p-4">
        <strong>{t("notOzonLead", { names: otherNames(locale) })}</strong> {t("notOzonText")}
      </p>
      <ComparisonCards comparison={comparison} notes={notes} locale={locale} />
      <ComparisonTable comparison={comparison} notes={notes} locale={locale} />
      <MarketplaceContacts comparison={comparison} locale={locale} />
      <ComparisonSources notes={notes} locale={locale} />
    </div>
  );
}
