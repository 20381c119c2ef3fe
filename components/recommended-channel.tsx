import { useTranslations } from "next-intl";
import type { Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { ChannelCard } from "./channel-card";
import { TextList } from "./text-list";

type Props = {
  channel: Channel;
  reason: string;
  category?: string;
  /** The category's response time and who gives it («по одной статье»). */
  categoryResponse?: { text: string; by: string };
  prepare: string[];
  best: boolean;
  locale?: Locale;
};

/** A channel as an answer to a topic: why it, what to pick, what to prepare, what it won't do. */
export function RecommendedChannel({
  channel,
  reason,
  category,
  categoryResponse,
  prepare,
  best,
  locale = "ru",
}: Props) {
  const t = useTranslations("card");
  return (
    <div className="space-y-3" data-recommended={channel.id}>
      <p className={best ? "text-lg" : ""}>
        <strong>{best ? t("whyThis") : t("whenFits")} </strong>
        {reason}
      </p>
      {category ? (
        <p className="rounded-lg border border-brand bg-white p-3">
          {t.rich("pickCategory", { category, strong: (chunks) => <strong>{chunks}</strong> })}
          {categoryResponse ? (
            <>
              {" "}
              {t.rich("categoryResponse", {
                text: categoryResponse.text,
                by: categoryResponse.by,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </>
          ) : null}
        </p>
      ) : null}
      <ChannelCard channel={channel} locale={locale} />
      {best ? <TextList title={t("prepare")} items={prepare} /> : null}
      {best ? <TextList title={t("cannotHelp")} items={channel.cannotHelp} /> : null}
    </div>
  );
}
