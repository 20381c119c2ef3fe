import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import type { Channel } from "@/lib/dataset/schema";
import { kindLabels } from "@/lib/text/channel";
import type { Locale } from "@/lib/i18n/locale";
import { StatusBadge } from "./status-badge";
import { ChannelValue } from "./channel-value";
import { ChannelFacts } from "./channel-facts";
import { StepsList } from "./steps-list";
import { ReplacementNote } from "./replacement-note";
import { FreshnessNote } from "./freshness-note";
import { ConfidenceNote } from "./confidence-note";
import { channelHref, confidenceOf, organisationOf } from "@/lib/dataset/access";
import { organisationIn } from "@/lib/i18n/localize";
import { NotOzonNote } from "./not-ozon-note";

/** `channel` and `replacement` come with their texts in `locale` already (lib/i18n/localize.ts). */
export function ChannelCard({
  channel,
  replacement,
  locale = "ru",
}: {
  channel: Channel;
  replacement?: Channel;
  locale?: Locale;
}) {
  const t = useTranslations("card");
  return (
    <article className="card" data-channel={channel.id}>
      <div className="inline-row">
        <span className="eyebrow">{kindLabels[locale][channel.kind]}</span>
        <StatusBadge status={channel.status} locale={locale} />
        <ConfidenceNote level={confidenceOf(channel)} locale={locale} />
      </div>
      <h3 className="text-lg font-bold">
        <PageLink {...channelHref(locale, channel.id)} className="title-link">
          {channel.title}
        </PageLink>
      </h3>
      <ChannelValue channel={channel} locale={locale} />
      {replacement ? <ReplacementNote replacement={replacement} locale={locale} /> : null}
      {channel.status === "third-party" ? (
        <NotOzonNote channel={channel} owner={organisationIn(locale, organisationOf(channel))} locale={locale} />
      ) : null}
      <p>{channel.summary}</p>
      <ChannelFacts channel={channel} brief locale={locale} />
      <FreshnessNote verifiedAt={channel.verifiedAt} locale={locale} />
      {channel.steps.length > 0 && channel.status !== "discontinued" && channel.status !== "third-party" ? (
        <details className="rounded-lg bg-slate-50 p-3">
          <summary className="cursor-pointer font-semibold">{t("stepByStep")}</summary>
          <div className="mt-2">
            <StepsList steps={channel.steps} />
          </div>
        </details>
      ) : null}
    </article>
  );
}
