import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComposeLink } from "@/components/compose-link";
import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  getComposeCatalog,
  getAudience,
  getChannel,
  getChannels,
  getSources,
  numberedSources,
  organisationOf,
  topicsUsingChannel,
} from "@/lib/dataset/access";
import { displayValue, kindLabel } from "@/lib/text/channel";
import { contactSlug } from "@/lib/check/match";
import { composeStartFor } from "@/lib/compose/catalog";
import { StatusBadge } from "@/components/status-badge";
import { ChannelValue } from "@/components/channel-value";
import { ChannelFacts } from "@/components/channel-facts";
import { StepsList } from "@/components/steps-list";
import { ReplacementNote } from "@/components/replacement-note";
import { ClaimsList } from "@/components/claims-list";
import { TextList } from "@/components/text-list";
import { FreshnessNote } from "@/components/freshness-note";
import { AnswerLead } from "@/components/answer-lead";
import { ChannelReports } from "@/components/reports/channel-reports";
import { canonical } from "@/lib/site/metadata";
import { ContactActions } from "@/components/contact-actions";
import { NotOzonNote } from "@/components/not-ozon-note";

export const dynamicParams = false;

export function generateStaticParams() {
  return getChannels().map((c) => ({ id: c.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getChannel((await params).id);
  if (!c) return {};
  const value = displayValue(c);
  return {
    title: value ? `${c.title}: ${value}` : c.title,
    description: `${c.summary} ${c.verdict}`.slice(0, 300),
    ...canonical(`/channels/${c.id}`),
  };
}

export default async function ChannelPage({ params }: Props) {
  const channel = getChannel((await params).id);
  if (!channel) notFound();
  const replacement = channel.replacedBy ? getChannel(channel.replacedBy) : undefined;
  const sources = new Map(getSources().map((s) => [s.id, s]));
  const topics = topicsUsingChannel(channel.id);
  const numbered = numberedSources();
  const owner = organisationOf(channel);
  const slug = channel.kind === "phone" || channel.kind === "email" ? contactSlug(channel) : null;
  const composeStart = composeStartFor(getComposeCatalog(), channel);
  return (
    <article className="space-y-6">
      <Breadcrumbs trail={channel.audiences.map((a) => ({ href: `/${a}`, label: getAudience(a)?.title ?? a }))} />
      <header className="space-y-3">
        <div className="inline-row">
          <span className="eyebrow">{kindLabel[channel.kind]}</span>
          <StatusBadge status={channel.status} />
        </div>
        <h1 className="text-2xl font-bold">{channel.title}</h1>
        <ChannelValue channel={channel} />
        {owner.isOzon ? null : <NotOzonNote channel={channel} owner={owner} />}
        {replacement ? <ReplacementNote replacement={replacement} /> : null}
        <AnswerLead answer={channel.verdict} channel={channel} />
        <p>{channel.summary}</p>
        {composeStart ? (
          <ComposeLink audience={composeStart.audience} topicId={composeStart.topicId} channelId={channel.id} />
        ) : null}
        <ContactActions channel={channel} />
      </header>
      <ChannelFacts channel={channel} />
      {channel.steps.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-bold">Как обратиться</h2>
          <StepsList steps={channel.steps} headingLevel={3} />
        </section>
      ) : null}
      <TextList title="Что подготовить" items={channel.prepare} />
      <TextList title="С чем помогает" items={channel.handles} />
      <TextList title="С чем не поможет" items={channel.cannotHelp} />
      {topics.length > 0 ? (
        <section className="space-y-1">
          <h2 className="text-lg font-bold">Подходит для</h2>
          <ul className="ml-5 list-disc">
            {topics.map((t) => (
              <li key={t.id}>{t.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claims" className="space-y-2">
        <h2 id="claims" className="text-lg font-bold">
          Что говорят источники
        </h2>
        <ClaimsList claims={channel.claims} sources={sources} numbered={numbered} />
        <p className="text-sm text-slate-700">Владелец канала: {owner.name}.</p>
        <FreshnessNote verifiedAt={channel.verifiedAt} full />
        {slug ? (
          <p className="text-sm">
            <PageLink href={`/check/${slug}`} className="underline">
              Проверка этого {channel.kind === "phone" ? "номера" : "адреса"}
            </PageLink>
          </p>
        ) : null}
      </section>
      <ChannelReports channel={channel} />
    </article>
  );
}
