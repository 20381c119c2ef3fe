import { PageLink } from "@/components/page-link";
import { channelsOfOrganisation, organisationOf } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import type { MarketplaceComparison } from "@/lib/dataset/schema";
import { NotOzonNote } from "../not-ozon-note";

/**
 * Every contact of the other marketplaces, under its company's name; search results for «вб» or «алиэкспресс»
 * link here. Ozon's own channels stay on the audience page.
 */
export function MarketplaceContacts({ comparison }: { comparison: MarketplaceComparison }) {
  const others = comparison.marketplaces.map(organisationOf).filter((o) => !o.isOzon);
  return (
    <section aria-labelledby="contacts" className="space-y-4">
      <h2 id="contacts" className="text-xl font-bold">
        Куда писать на других площадках
      </h2>
      <p>
        Это контакты других компаний. Ozon по ним не отвечает, а они не решают вопросы Ozon; каналы Ozon для продавцов —
        на{" "}
        <PageLink href={`/${comparison.audience}`} className="underline">
          странице для продавцов
        </PageLink>
        .
      </p>
      {others.map((o) => (
        <section key={o.id} id={o.id} aria-labelledby={`contacts-${o.id}`} className="scroll-mt-4 space-y-2">
          <h3 id={`contacts-${o.id}`} className="text-lg font-bold">
            {o.name}
          </h3>
          <ul className="space-y-2">
            {channelsOfOrganisation(o.id).map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3" data-channel={c.id}>
                <PageLink href={`/channels/${c.id}`} className="title-link font-semibold">
                  {c.title}
                </PageLink>
                {displayValue(c) ? <p>{displayValue(c)}</p> : null}
                <NotOzonNote channel={c} owner={o} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
