import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { getComparison, organisationOf } from "@/lib/dataset/access";
import { comparisonPath } from "@/lib/comparison/questions";
import { listEn, listRu } from "@/lib/text/russian";
import { organisationIn } from "@/lib/i18n/localize";
import { localePath, type Locale } from "@/lib/i18n/locale";

/** On the sellers' page: the way to the other marketplaces' support, whose contacts are listed there, not here. */
export function ComparisonLink({ audience, locale = "ru" }: { audience: string; locale?: Locale }) {
  const t = useTranslations("card");
  const names = getComparison().marketplaces.map((m) => organisationIn(locale, organisationOf(m)).name);
  return (
    <section aria-labelledby="other-marketplaces" className="space-y-2 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="other-marketplaces" className="text-lg font-bold">
        {t("comparisonHeading")}
      </h2>
      <p>
        <PageLink href={localePath(locale, comparisonPath(audience))} className="font-semibold underline">
          {t("comparisonLink", { names: locale === "ru" ? listRu(names) : listEn(names) })}
        </PageLink>
        {t("comparisonText")}
      </p>
    </section>
  );
}
