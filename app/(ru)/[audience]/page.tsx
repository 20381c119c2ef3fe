import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getAudience, getAudiences, getEnglishPages } from "@/lib/dataset/access";
import { canonical } from "@/lib/site/metadata";
import { AudiencePage } from "@/components/pages/audience-page";
import { localePath } from "@/lib/i18n/locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAudiences().map((a) => ({ audience: a.id }));
}

type Props = { params: Promise<{ audience: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = getAudience((await params).audience);
  if (!a) return {};
  const twin = getEnglishPages().audiences.has(a.id) ? localePath("en", `/${a.id}`) : undefined;
  return { title: a.title, description: a.description, ...canonical(`/${a.id}`, { twin }) };
}

export default async function Page({ params }: Props) {
  setRequestLocale("ru");
  const audience = getAudience((await params).audience);
  if (!audience) notFound();
  return <AudiencePage audience={audience} locale="ru" />;
}
