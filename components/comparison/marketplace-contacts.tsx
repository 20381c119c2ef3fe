import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import { audienceHref, channelHref, channelsOfOrganisation, organisationOf } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import type { MarketplaceComparison } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { channelIn, organisationIn } from "@/lib/i18n/localize";
import { NotOzonNote } from "../not-ozon-note";

/**
 * Every contact of the other marketplaces, under its company's name; search results for «вб» or «алиэкспресс»
 * link here. Ozon's own channels stay on the audience page.
 */
export function MarketplaceContacts({ comparison, locale }: { comparison: MarketplaceComparison; locale: Locale }) {
  const t = useTranslations("comparison");
  const others = comparison.marketplaces.map((m) => organisationOf(m)).filter((o) => !o.isOzon);
  return (
    <section aria-labelledby="contacts" className="space-y-4">
      <h2 id="contacts" className="text-xl font-bold">
        {t("contactsHeading")}
      </h2>
      <p>
        {t("contactsBefore")}
        <PageLink {...audienceHref(locale, comparison.audience)} className="underline">
          {t("contactsLink")}
        </PageLink>
        .
      </p>
      {others.map((raw) => {
        const o = organisationIn(locale, raw);
        return (
          <section key={o.id} id={o.id} aria-labelledby={`contacts-${o.id}`} className="scroll-mt-4 space-y-2">
            <h3 id={`contacts-${o.id}`} className="text-lg font-bold">
              {o.name}
            </h3>
            <ul className="space-y-2">
              {channelsOfOrganisation(o.id).map((raw) => {
                const c = channelIn(locale, raw);
                return (
                  <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3" data-channel={c.id}>
                    <PageLink {...channelHref(locale, c.id)} className="title-link font-semibold">
                      {c.title}
                    </PageLink>
                    {displayValue(c) ? <p>{displayValue(c)}</p> : null}
                    <NotOzonNote channel={c} owner={o} locale={locale} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
