import { PageLink } from "@/components/page-link";
import { getComparison, organisationOf } from "@/lib/dataset/access";
import { comparisonPath } from "@/lib/comparison/questions";
import { listRu } from "@/lib/text/russian";

/** On the sellers' page: the way to the other marketplaces' support, whose contacts are listed there, not here. */
export function ComparisonLink({ audience }: { audience: string }) {
  const names = getComparison().marketplaces.map((m) => organisationOf(m).name);
  return (
    <section aria-labelledby="other-marketplaces" className="space-y-2 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="other-marketplaces" className="text-lg font-bold">
        Продаёте и на других площадках?
      </h2>
      <p>
        <PageLink href={comparisonPath(audience)} className="font-semibold underline">
          Сравнение поддержки продавцов: {listRu(names)}
        </PageLink>
        . Можно ли позвонить, часы чата, почта для официальных запросов и куда писать без доступа к кабинету. Там же все
        контакты других площадок — они не принадлежат Ozon.
      </p>
    </section>
  );
}
