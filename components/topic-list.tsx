import { useTranslations } from "next-intl";
import { PageLink } from "@/components/page-link";
import type { Topic } from "@/lib/dataset/schema";
import { topicHref } from "@/lib/dataset/access";
import type { Locale } from "@/lib/i18n/locale";

export function TopicList({ topics, locale = "ru" }: { topics: Topic[]; locale?: Locale }) {
  const t = useTranslations("page");
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label={t("whatHappenedList")}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <PageLink {...topicHref(locale, topic)} className="tile">
            {topic.title}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
