import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAudience, getComparison, getEnglishPages } from "@/lib/dataset/access";
import { comparisonPath } from "@/lib/comparison/questions";
import { canonical } from "@/lib/site/metadata";
import { localePath } from "@/lib/i18n/locale";
import { ComparisonPage, comparisonPageTitle, otherNames } from "@/components/pages/comparison-page";

export const dynamicParams = false;

/** Only the audience the comparison is written for has this page. */
export function generateStaticParams() {
  return [{ audience: getComparison().audience }];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "ru", namespace: "comparison" });
  const path = comparisonPath(getComparison().audience);
  return {
    title: comparisonPageTitle("ru"),
    description: t("description", { names: otherNames("ru") }),
    ...canonical(path, { twin: getEnglishPages().comparison ? localePath("en", path) : undefined }),
  };
}

type Props = { params: Promise<{ audience: string }> };

export default async function Page({ params }: Props) {
  setRequestLocale("ru");
  const audience = getAudience((await params).audience);
  if (!audience || audience.id !== getComparison().audience) notFound();
  return <ComparisonPage locale="ru" />;
}
