import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getChannel, getChannels, getEnglishPages } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import { canonical } from "@/lib/site/metadata";
import { localePath } from "@/lib/i18n/locale";
import { ChannelPage } from "@/components/pages/channel-page";

export const dynamicParams = false;

export function generateStaticParams() {
  return getChannels().map((c) => ({ id: c.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getChannel((await params).id);
  if (!c) return {};
  const value = displayValue(c);
  const path = `/channels/${c.id}`;
  const twin = getEnglishPages().channels.has(c.id) ? localePath("en", path) : undefined;
  return {
    title: value ? `${c.title}: ${value}` : c.title,
    description: `${c.summary} ${c.verdict}`.slice(0, 300),
    ...canonical(path, { twin }),
  };
}

export default async function Page({ params }: Props) {
  setRequestLocale("ru");
  const channel = getChannel((await params).id);
  if (!channel) notFound();
  return <ChannelPage channel={channel} locale="ru" />;
}
