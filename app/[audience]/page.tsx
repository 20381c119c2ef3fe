import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  channelsForAudience,
  factsForAudience,
  getAudience,
  getAudiences,
  getChannel,
  getComparison,
  shownOnComparison,
  topicsForAudience,
} from "@/lib/dataset/access";
import { FactList } from "@/components/fact-list";
import { ChannelCard } from "@/components/channel-card";
import { TopicList } from "@/components/topic-list";
import { NoPhoneNote } from "@/components/no-phone-note";
import { canonical } from "@/lib/site/metadata";
import { ComparisonLink } from "@/components/comparison/comparison-link";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAudiences().map((a) => ({ audience: a.id }));
}

type Props = { params: Promise<{ audience: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = getAudience((await params).audience);
  if (!a) return {};
  return { title: a.title, description: a.description, ...canonical(`/${a.id}`) };
}

export default async function AudiencePage({ params }: Props) {
  const audience = getAudience((await params).audience);
  if (!audience) notFound();
  const channels = channelsForAudience(audience.id).filter((c) => !shownOnComparison(c));
  const compared = getComparison().audience === audience.id;
  return (
    <div className="space-y-5">
      <Breadcrumbs />
      <h1 className="text-2xl font-bold">{audience.title}</h1>
      <p className="text-slate-700">{audience.description}</p>
      {/* The page lists the same numbers as cards below, each with its status and mark. */}
      <NoPhoneNote audience={audience} phones={[]} />
      <section aria-labelledby="what-happened" className="space-y-3">
        <h2 id="what-happened" className="text-xl font-bold">
          Что случилось?
        </h2>
        <TopicList topics={topicsForAudience(audience.id)} />
      </section>
      {compared ? <ComparisonLink audience={audience.id} /> : null}
      <h2 className="text-xl font-bold">Все каналы, лучшие сначала</h2>
      <ol className="space-y-4">
        {channels.map((c) => (
          <li key={c.id}>
            <ChannelCard channel={c} replacement={c.replacedBy ? getChannel(c.replacedBy) : undefined} />
          </li>
        ))}
      </ol>
      <FactList facts={factsForAudience(audience.id)} />
    </div>
  );
}
