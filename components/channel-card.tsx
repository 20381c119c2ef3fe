import { PageLink } from "@/components/page-link";
import type { Channel } from "@/lib/dataset/schema";
import { kindLabel } from "@/lib/text/channel";
import { StatusBadge } from "./status-badge";
import { ChannelValue } from "./channel-value";
import { ChannelFacts } from "./channel-facts";
import { StepsList } from "./steps-list";
import { ReplacementNote } from "./replacement-note";
import { FreshnessNote } from "./freshness-note";
import { ConfidenceNote } from "./confidence-note";
import { confidenceOf, organisationOf } from "@/lib/dataset/access";
import { NotOzonNote } from "./not-ozon-note";

export function ChannelCard({ channel, replacement }: { channel: Channel; replacement?: Channel }) {
  return (
    <article className="card" data-channel={channel.id}>
      <div className="inline-row">
        <span className="eyebrow">{kindLabel[channel.kind]}</span>
        <StatusBadge status={channel.status} />
        <ConfidenceNote level={confidenceOf(channel)} />
      </div>
      <h3 className="text-lg font-bold">
        <PageLink href={`/channels/${channel.id}`} className="title-link">
          {channel.title}
        </PageLink>
      </h3>
      <ChannelValue channel={channel} />
      {replacement ? <ReplacementNote replacement={replacement} /> : null}
      {channel.status === "third-party" ? <NotOzonNote channel={channel} owner={organisationOf(channel)} /> : null}
      <p>{channel.summary}</p>
      <ChannelFacts channel={channel} brief />
      <FreshnessNote verifiedAt={channel.verifiedAt} />
      {channel.steps.length > 0 && channel.status !== "discontinued" && channel.status !== "third-party" ? (
        <details className="rounded-lg bg-slate-50 p-3">
          <summary className="cursor-pointer font-semibold">Как обратиться, по шагам</summary>
          <div className="mt-2">
            <StepsList steps={channel.steps} />
          </div>
        </details>
      ) : null}
    </article>
  );
}
