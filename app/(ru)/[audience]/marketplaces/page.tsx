import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getAudience, getComparison, organisationOf } from "@/lib/dataset/access";
import { listRu } from "@/lib/text/russian";
import { comparisonPath, comparisonTitle, footnotes } from "@/lib/comparison/questions";
import { canonical } from "@/lib/site/metadata";
import { ComparisonCards } from "@/components/comparison/comparison-cards";
import { ComparisonTable } from "@/components/comparison/comparison-table";
import { MarketplaceContacts } from "@/components/comparison/marketplace-contacts";
import { ComparisonSources } from "@/components/comparison/comparison-sources";

export const dynamicParams = false;

/** Only the audience the comparison is written for has this page. */
export function generateStaticParams() {
  return [{ audience: getComparison().audience }];
}

/** «Wildberries, Яндекс Маркет и AliExpress» */
function otherNames(): string {
  return listRu(
    getComparison()
      .marketplaces.map(organisationOf)
      .filter((o) => !o.isOzon)
      .map((o) => o.name),
  );
}

const title = (): string => comparisonTitle(getComparison().marketplaces.map(organisationOf));

export function generateMetadata(): Metadata {
  return {
    title: title(),
    description: `Можно ли позвонить, когда работает чат, куда писать официальные запросы и что делать без доступа к кабинету: поддержка Ozon рядом с другими площадками (${otherNames()}), у каждого ответа — источник.`,
    ...canonical(comparisonPath(getComparison().audience)),
  };
}

type Props = { params: Promise<{ audience: string }> };

export default async function ComparisonPage({ params }: Props) {
  setRequestLocale("ru");
  const comparison = getComparison();
  const audience = getAudience((await params).audience);
  if (!audience || audience.id !== comparison.audience) notFound();
  const notes = footnotes(comparison);
  return (
    <div className="space-y-5">
      <Breadcrumbs trail={[{ href: `/${audience.id}`, label: audience.title }]} />
      <h1 className="text-2xl font-bold">{title()}</h1>
      <p>
        Для тех, кто продаёт на нескольких площадках: как поддержка Ozon выглядит рядом с другими и куда писать на
        каждой. Ответы взяты из обзора поддержки продавцов; оценки скорости и качества — мнение его автора.
      </p>
      <p className="rounded-xl border border-slate-300 bg-white p-4">
        <strong>{otherNames()} — другие компании, не Ozon.</strong> Их телефоны, адреса и чаты не принадлежат Ozon: не
        сообщайте там данные аккаунта Ozon и не ждите ответа по заказам Ozon.
      </p>
      <ComparisonCards comparison={comparison} notes={notes} />
      <ComparisonTable comparison={comparison} notes={notes} />
      <MarketplaceContacts comparison={comparison} />
      <ComparisonSources notes={notes} />
    </div>
  );
}
