import { useTranslations } from "next-intl";
import { ComposeLink } from "@/components/compose-link";
import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  audienceHref,
  getAudience,
  getChannel,
  getComposeCatalogIn,
  getEnglishPages,
  getSources,
  numberedSources,
  organisationOf,
  topicsUsingChannel,
} from "@/lib/dataset/access";
import type { Channel } from "@/lib/dataset/schema";
import { kindLabels } from "@/lib/text/channel";
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
import { ContactActions } from "@/components/contact-actions";
import { NotOzonNote } from "@/components/not-ozon-note";
import { twinOf, type Locale } from "@/lib/i18n/locale";
import { audienceIn, channelIn, organisationIn, topicIn } from "@/lib/i18n/localize";

/** One channel's page in either language: its value and status first, then how to use it and who says what. */
export function ChannelPage({ channel: raw, locale }: { channel: Channel; locale: Locale }) {
  const t = useTranslations("page");
  const channel = channelIn(locale, raw);
  const replaced = channel.replacedBy ? getChannel(channel.replacedBy) : undefined;
  const replacement = replaced && channelIn(locale, replaced);
  const sources = new Map(getSources().map((s) => [s.id, s]));
  const english = getEnglishPages();
  const topics = topicsUsingChannel(channel.id).filter((x) => locale === "ru" || english.topics.has(x.id));
  const owner = organisationIn(locale, organisationOf(channel));
  const slug = channel.kind === "phone" || channel.kind === "email" ? contactSlug(channel) : null;
  const composeStart = composeStartFor(getComposeCatalogIn(locale), channel);
  const trail = channel.audiences.flatMap((id) => {
    const a = getAudience(id);
    if (!a || (locale !== "ru" && !english.audiences.has(id))) return [];
    return [{ href: audienceHref(locale, id).href, label: audienceIn(locale, a).title }];
  });
  return (
    <article className="space-y-6">
      <Breadcrumbs
        locale={locale}
        trail={trail}
        twin={twinOf(locale, `/channels/${channel.id}`, english.channels.has(channel.id))}
      />
      <header className="space-y-3">
        <div className="inline-row">
          <span className="eyebrow">{kindLabels[locale][channel.kind]}</span>
          <StatusBadge status={channel.status} locale={locale} />
        </div>
        <h1 className="text-2xl font-bold">{channel.title}</h1>
        <ChannelValue channel={channel} locale={locale} />
        {owner.isOzon ? null : <NotOzonNote channel={channel} owner={owner} locale={locale} />}
        {replacement ? <ReplacementNote replacement={replacement} locale={locale} /> : null}
        <AnswerLead answer={channel.verdict} channel={channel} locale={locale} />
        <p>{channel.summary}</p>
        {composeStart ? (
          <ComposeLink
            audience={composeStart.audience}
            topicId={composeStart.topicId}
            channelId={channel.id}
            locale={locale}
          />
        ) : null}
        <ContactActions channel={channel} locale={locale} />
      </header>
      <ChannelFacts channel={channel} locale={locale} />
      {channel.steps.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-bold">{t("howToReach")}</h2>
          <StepsList steps={channel.steps} headingLevel={3} />
        </section>
      ) : null}
      <TextList title={t("prepare")} items={channel.prepare} />
      <TextList title={t("handles")} items={channel.handles} />
      <TextList title={t("cannotHelp")} items={channel.cannotHelp} />
      {topics.length > 0 ? (
        <section className="space-y-1">
          <h2 className="text-lg font-bold">{t("fitsFor")}</h2>
          <ul className="ml-5 list-disc">
            {topics.map((x) => (
              <li key={x.id}>{topicIn(locale, x).title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claims" className="space-y-2">
        <h2 id="claims" className="text-lg font-bold">
          {t("claims")}
        </h2>
        <ClaimsList claims={channel.claims} sources={sources} numbered={numberedSources()} locale={locale} />
        <p className="text-sm text-slate-700">{t("owner", { name: owner.name })}</p>
        <FreshnessNote verifiedAt={channel.verifiedAt} full locale={locale} />
        {slug ? (
          <p className="text-sm">
            {/* The per-contact check pages are Russian; the English check takes the contact in its address. */}
            <PageLink
              href={locale === "ru" ? `/check/${slug}` : `/en/check?q=${encodeURIComponent(channel.value ?? "")}`}
              className="underline"
            >
              {t(channel.kind === "phone" ? "checkNumber" : "checkAddress")}
            </PageLink>
          </p>
        ) : null}
      </section>
      <ChannelReports channel={channel} locale={locale} />
    </article>
  );
}
