import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getAudience, getEnglishPages } from "@/lib/dataset/access";
import { canonical } from "@/lib/site/metadata";
import { AudiencePage } from "@/components/pages/audience-page";
import { audienceIn } from "@/lib/i18n/localize";

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getEnglishPages().audiences].map((audience) => ({ audience }));
}

type Props = { params: Promise<{ audience: string }> };

function find(id: string) {
  const a = getAudience(id);
  return a && getEnglishPages().audiences.has(a.id) ? a : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = find((await params).audience);
  if (!a) return {};
  const en = audienceIn("en", a);
  return {
    title: en.title,
    description: en.description,
    ...canonical(`/en/${a.id}`, { locale: "en", twin: `/${a.id}` }),
  };
}

export default async function Page({ params }: Props) {
  setRequestLocale("en");
  const audience = find((await params).audience);
  if (!audience) notFound();
  return <AudiencePage audience={audience} locale="en" />;
}
