import { useTranslations } from "next-intl";
import { ComposeLink } from "@/components/compose-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import {
  getComposeCatalogIn,
  getEnglishPages,
  getGuidance,
  ozonPhonesFor,
  requireChannel,
  sourcesInWords,
} from "@/lib/dataset/access";
import type { Audience, Topic } from "@/lib/dataset/schema";
import { AnswerLead } from "@/components/answer-lead";
import { shiftsOf } from "@/lib/hours/open-state";
import { RecommendedChannel } from "@/components/recommended-channel";
import { StaffedNowHint } from "@/components/staffed-now-hint";
import { NoPhoneNote } from "@/components/no-phone-note";
import { ChannelReports } from "@/components/reports/channel-reports";
import { sellerCategory } from "@/lib/dataset/seller-form";
import { formatResponseTime } from "@/lib/text/channel";
import { localePath, twinOf, type Locale } from "@/lib/i18n/locale";
import { audienceIn, channelIn, sellerCategoryIn, topicIn } from "@/lib/i18n/localize";
import type { SellerCategoryId } from "@/lib/dataset/schema";

/** A topic's answer in either language: the best channel first, with what to pick and prepare, then the others. */
export function TopicPage({
  topic: rawTopic,
  audience: rawAudience,
  locale,
}: {
  topic: Topic;
  audience: Audience;
  locale: Locale;
}) {
  const t = useTranslations("page");
  const topic = topicIn(locale, rawTopic);
  const audience = audienceIn(locale, rawAudience);
  const options = topic.channels.map((tc) => ({ ...tc, channel: channelIn(locale, requireChannel(tc.channel)) }));
  const [best, ...alternatives] = options;
  if (!best) return null;
  const prepare = [...new Set([...topic.prepare, ...best.channel.prepare])];
  const hoursDiffer = alternatives.some((a) => JSON.stringify(a.channel.hours) !== JSON.stringify(best.channel.hours));
  const guidance = getGuidance();
  /** The seller picks the category in Ozon's own form, which may show its Russian name. */
  const categoryTitle = (id: SellerCategoryId | undefined) => {
    const c = sellerCategory(guidance, id);
    if (!c) return undefined;
    return locale === "ru"
      ? c.title
      : t("categoryInRussian", { title: sellerCategoryIn(locale, c).title, ru: c.title });
  };
  const bestCategory = sellerCategory(guidance, best.category);
  const byWhom = (ids: string[]) => sourcesInWords(ids, locale);
  const hint = (c: (typeof options)[number]["channel"]) => ({
    id: c.id,
    title: c.title,
    hours: c.hours && shiftsOf(c.hours, byWhom),
  });
  const path = `/help/${audience.id}/${topic.id}`;
  // The English composer offers only the sellers' topics; the Russian one links from every topic, as before.
  const composable = locale === "ru" || getComposeCatalogIn(locale).topics.some((x) => x.id === topic.id);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        locale={locale}
        trail={[{ href: localePath(locale, `/${audience.id}`), label: audience.title }]}
        twin={twinOf(locale, path, getEnglishPages().topics.has(topic.id))}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{topic.title}</h1>
        <AnswerLead answer={topic.answer} channel={best.channel} locale={locale} />
        <p className="text-slate-700">{topic.description}</p>
      </header>
      <NoPhoneNote audience={audience} phones={ozonPhonesFor(audience.id)} locale={locale} />
      <section aria-labelledby="best" className="space-y-3">
        <h2 id="best" className="text-xl font-bold">
          {t("best")}
        </h2>
        <RecommendedChannel
          channel={best.channel}
          reason={best.reason}
          category={categoryTitle(best.category)}
          categoryResponse={
            bestCategory?.responseTime && {
              text: formatResponseTime(bestCategory.responseTime, locale),
              by: byWhom([bestCategory.responseTime.source]),
            }
          }
          prepare={prepare}
          best
          locale={locale}
        />
        {hoursDiffer ? (
          <StaffedNowHint
            best={hint(best.channel)}
            alternatives={alternatives.map((a) => hint(a.channel))}
            locale={locale}
          />
        ) : null}
        {composable ? (
          <ComposeLink audience={audience.id} topicId={topic.id} channelId={best.channel.id} locale={locale} />
        ) : null}
      </section>
      <ChannelReports channel={best.channel} locale={locale} />
      {alternatives.length > 0 ? (
        <section aria-labelledby="alternatives" className="space-y-5">
          <h2 id="alternatives" className="text-xl font-bold">
            {t("alternatives")}
          </h2>
          {alternatives.map((a) => (
            <RecommendedChannel
              key={a.channel.id}
              channel={a.channel}
              reason={a.reason}
              category={categoryTitle(a.category)}
              prepare={[]}
              best={false}
              locale={locale}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
