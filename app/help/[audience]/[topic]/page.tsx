import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComposeLink } from "@/components/compose-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  getAudience,
  getGuidance,
  getTopic,
  getTopics,
  ozonPhonesFor,
  requireChannel,
  sourcesInWords,
} from "@/lib/dataset/access";
import { AnswerLead } from "@/components/answer-lead";
import { shiftsOf } from "@/lib/hours/open-state";
import { RecommendedChannel } from "@/components/recommended-channel";
import { StaffedNowHint } from "@/components/staffed-now-hint";
import { NoPhoneNote } from "@/components/no-phone-note";
import { ChannelReports } from "@/components/reports/channel-reports";
import { canonical } from "@/lib/site/metadata";
import { sellerCategory } from "@/lib/dataset/seller-form";
import { formatResponseTime } from "@/lib/text/channel";

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
  return {
    title: `${found.topic.title} — ${found.audience.title}`,
    description: found.topic.description,
    ...canonical(`/help/${found.audience.id}/${found.topic.id}`),
  };
}

export default async function HelpAnswerPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { topic, audience } = found;
  const options = topic.channels.map((tc) => ({ ...tc, channel: requireChannel(tc.channel) }));
  const [best, ...alternatives] = options;
  if (!best) notFound();
  const prepare = [...new Set([...topic.prepare, ...best.channel.prepare])];
  const hoursDiffer = alternatives.some((a) => JSON.stringify(a.channel.hours) !== JSON.stringify(best.channel.hours));
  const guidance = getGuidance();
  const bestCategory = sellerCategory(guidance, best.category);
  const hint = (c: (typeof options)[number]["channel"]) => ({
    id: c.id,
    title: c.title,
    hours: c.hours && shiftsOf(c.hours, sourcesInWords),
  });
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: `/${audience.id}`, label: audience.title }]} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{topic.title}</h1>
        <AnswerLead answer={topic.answer} channel={best.channel} />
        <p className="text-slate-700">{topic.description}</p>
      </header>
      <NoPhoneNote audience={audience} phones={ozonPhonesFor(audience.id)} />
      <section aria-labelledby="best" className="space-y-3">
        <h2 id="best" className="text-xl font-bold">
          Лучший способ
        </h2>
        <RecommendedChannel
          channel={best.channel}
          reason={best.reason}
          category={bestCategory?.title}
          categoryResponse={
            bestCategory?.responseTime && {
              text: formatResponseTime(bestCategory.responseTime),
              by: sourcesInWords([bestCategory.responseTime.source]),
            }
          }
          prepare={prepare}
          best
        />
        {hoursDiffer ? (
          <StaffedNowHint best={hint(best.channel)} alternatives={alternatives.map((a) => hint(a.channel))} />
        ) : null}
        <ComposeLink audience={audience.id} topicId={topic.id} channelId={best.channel.id} />
      </section>
      <ChannelReports channel={best.channel} />
      {alternatives.length > 0 ? (
        <section aria-labelledby="alternatives" className="space-y-5">
          <h2 id="alternatives" className="text-xl font-bold">
            Если не подходит
          </h2>
          {alternatives.map((a) => (
            <RecommendedChannel
              key={a.channel.id}
              channel={a.channel}
              reason={a.reason}
              category={sellerCategory(guidance, a.category)?.title}
              prepare={[]}
              best={false}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
