import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getComparison, getEnglishPages } from "@/lib/dataset/access";
import { comparisonPath } from "@/lib/comparison/questions";
import { canonical } from "@/lib/site/metadata";
import { localePath } from "@/lib/i18n/locale";
import { ComparisonPage, comparisonPageTitle, otherNames } from "@/components/pages/comparison-page";

export const dynamicParams = false;

/** The comparison is in English when the audience it is written for is. */
export function generateStaticParams() {
  return getEnglishPages().comparison ? [{ audience: getComparison().audience }] : [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "comparison" });
  const path = comparisonPath(getComparison().audience);
  return {
    title: comparisonPageTitle("en"),
    description: t("description", { names: otherNames("en") }),
    ...canonical(localePath("en", path), { locale: "en", twin: path }),
  };
}

type Props = { params: Promise<{ audience: string }> };

export default async function Page({ params }: Props) {
  setRequestLocale("en");
  if ((await params).audience !== getComparison().audience) notFound();
  return <ComparisonPage locale="en" />;
}
