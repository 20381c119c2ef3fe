import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getAudience, getEnglishPages, getTopic, getTopics } from "@/lib/dataset/access";
import { canonical } from "@/lib/site/metadata";
import { localePath } from "@/lib/i18n/locale";
import { TopicPage } from "@/components/pages/topic-page";

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((t) => ({ audience: t.audience, topic: t.id }));
}

type Props = { params: Promise<{ audience: string; topic: string }> };

async function resolve(params: Props["params"]) {
  const p = await params;
  const topic = getTopic(p.topic);
  const audience = getAudience(p.audience);
  return topic && audience && topic.audience === audience.id ? { topic, audience } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const path = `/help/${found.audience.id}/${found.topic.id}`;
  const twin = getEnglishPages().topics.has(found.topic.id) ? localePath("en", path) : undefined;
  return {
    title: `${found.topic.title} — ${found.audience.title}`,
    description: found.topic.description,
    ...canonical(path, { twin }),
  };
}

export default async function Page({ params }: Props) {
  setRequestLocale("ru");
  const found = await resolve(params);
  if (!found) notFound();
  return <TopicPage topic={found.topic} audience={found.audience} locale="ru" />;
}
