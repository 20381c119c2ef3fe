import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getAudience, getEnglishPages, getTopic, getTopics } from "@/lib/dataset/access";
import { canonical } from "@/lib/site/metadata";
import { audienceIn, topicIn } from "@/lib/i18n/localize";
import { TopicPage } from "@/components/pages/topic-page";

export const dynamicParams = false;

export function generateStaticParams() {
  const english = getEnglishPages().topics;
  return getTopics()
    .filter((t) => english.has(t.id))
    .map((t) => ({ audience: t.audience, topic: t.id }));
}

type Props = { params: Promise<{ audience: string; topic: string }> };

async function resolve(params: Props["params"]) {
  const p = await params;
  const topic = getTopic(p.topic);
  const audience = getAudience(p.audience);
  const english = topic && getEnglishPages().topics.has(topic.id);
  return topic && audience && english && topic.audience === audience.id ? { topic, audience } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const topic = topicIn("en", found.topic);
  const path = `/help/${found.audience.id}/${found.topic.id}`;
  return {
    title: `${topic.title} — ${audienceIn("en", found.audience).title}`,
    description: topic.description,
    ...canonical(`/en${path}`, { locale: "en", twin: path }),
  };
}

export default async function Page({ params }: Props) {
  setRequestLocale("en");
  const found = await resolve(params);
  if (!found) notFound();
  return <TopicPage topic={found.topic} audience={found.audience} locale="en" />;
}
