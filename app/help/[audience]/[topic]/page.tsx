import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getAudience, getGuidance, getTopic, getTopics, requireChannel } from "@/lib/data";
import { shiftsOf } from "@/lib/hours";
import { RecommendedChannel } from "@/components/recommended-channel";
import { StaffedNowHint } from "@/components/staffed-now-hint";
import { NoPhoneNote } from "@/components/no-phone-note";
import { ChannelReports } from "@/components/reports/channel-reports";
import { canonical } from "@/lib/page-metadata";

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
  const categories = getGuidance().sellerForm.categories;
  const responseFor = (category?: string) => categories.find((c) => c.title === category)?.responseTime;
  const hint = (c: (typeof options)[number]["channel"]) => ({
    id: c.id,
    title: c.title,
    hours: c.hours && shiftsOf(c.hours),
  });
  return (
    <div className="space-y-6">
      <nav aria-label="Навигация" className="flex flex-wrap gap-x-2 text-sm">
        <Link prefetch={false} href="/" className="underline">
          Главная
        </Link>
        <span>·</span>
        <Link prefetch={false} href={`/${audience.id}`} className="underline">
          {audience.title}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{topic.title}</h1>
        <p className="text-slate-700">{topic.description}</p>
      </header>
      <NoPhoneNote audience={audience} />
      <section aria-labelledby="best" className="space-y-3">
        <h2 id="best" className="text-xl font-bold">
          Лучший способ
        </h2>
        <RecommendedChannel
          channel={best.channel}
          reason={best.reason}
          category={best.category}
          categoryResponse={responseFor(best.category)}
          prepare={prepare}
          best
        />
        {hoursDiffer ? (
          <StaffedNowHint best={hint(best.channel)} alternatives={alternatives.map((a) => hint(a.channel))} />
        ) : null}
        <p>
          <Link
            prefetch={false}
            href={`/compose?audience=${audience.id}&topic=${topic.id}&channel=${best.channel.id}`}
            className="inline-block rounded-lg border border-brand px-4 py-2 font-semibold text-brand-dark"
          >
            Составить обращение
          </Link>
        </p>
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
              category={a.category}
              prepare={[]}
              best={false}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
