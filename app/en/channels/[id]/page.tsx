import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getChannel, getEnglishPages } from "@/lib/dataset/access";
import { displayValue } from "@/lib/text/channel";
import { canonical } from "@/lib/site/metadata";
import { channelIn } from "@/lib/i18n/localize";
import { ChannelPage } from "@/components/pages/channel-page";

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getEnglishPages().channels].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

function find(id: string) {
  const c = getChannel(id);
  return c && getEnglishPages().channels.has(c.id) ? c : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = find((await params).id);
  if (!raw) return {};
  const c = channelIn("en", raw);
  const value = displayValue(c);
  return {
    title: value ? `${c.title}: ${value}` : c.title,
    description: `${c.summary} ${c.verdict}`.slice(0, 300),
    ...canonical(`/en/channels/${c.id}`, { locale: "en", twin: `/channels/${c.id}` }),
  };
}

export default async function Page({ params }: Props) {
  setRequestLocale("en");
  const channel = find((await params).id);
  if (!channel) notFound();
  return <ChannelPage channel={channel} locale="en" />;
}
