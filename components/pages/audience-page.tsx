import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  channelsForAudience,
  factsForAudience,
  getChannel,
  getComparison,
  getEnglishPages,
  shownOnComparison,
  topicsForAudience,
} from "@/lib/dataset/access";
import type { Audience } from "@/lib/dataset/schema";
import { FactList } from "@/components/fact-list";
import { ChannelCard } from "@/components/channel-card";
import { TopicList } from "@/components/topic-list";
import { NoPhoneNote } from "@/components/no-phone-note";
import { ComparisonLink } from "@/components/comparison/comparison-link";
import { twinOf, type Locale } from "@/lib/i18n/locale";
import { audienceIn, channelIn, factIn, topicIn } from "@/lib/i18n/localize";

/** An audience's page in either language: its topics, then every channel it has, best first. */
export function AudiencePage({ audience: raw, locale }: { audience: Audience; locale: Locale }) {
  const t = useTranslations("page");
  const audience = audienceIn(locale, raw);
  const channels = channelsForAudience(audience.id).filter((c) => !shownOnComparison(c));
  const compared = getComparison().audience === audience.id;
  const twin = twinOf(locale, `/${audience.id}`, getEnglishPages().audiences.has(audience.id));
  const replacement = (id?: string) => {
    const c = id ? getChannel(id) : undefined;
    return c && channelIn(locale, c);
  };
  return (
    <div className="space-y-5">
      <Breadcrumbs locale={locale} twin={twin} />
      <h1 className="text-2xl font-bold">{audience.title}</h1>
      <p className="text-slate-700">{audience.description}</p>
      {/* The page lists the same numbers as cards below, each with its status and mark. */}
      <NoPhoneNote audience={audience} phones={[]} locale={locale} />
      <section aria-labelledby="what-happened" className="space-y-3">
        <h2 id="what-happened" className="text-xl font-bold">
          {t("whatHappened")}
        </h2>
        <TopicList topics={topicsForAudience(audience.id).map((x) => topicIn(locale, x))} locale={locale} />
      </section>
      {compared ? <ComparisonLink audience={audience.id} locale={locale} /> : null}
      <h2 className="text-xl font-bold">{t("allChannels")}</h2>
      <ol className="space-y-4">
        {channels.map((c) => (
          <li key={c.id}>
            <ChannelCard channel={channelIn(locale, c)} replacement={replacement(c.replacedBy)} locale={locale} />
          </li>
        ))}
      </ol>
      <FactList facts={factsForAudience(audience.id).map((f) => factIn(locale, f))} locale={locale} />
    </div>
  );
}
