import { PageLink } from "@/components/page-link";
import type { Topic } from "@/lib/dataset/schema";

export function TopicList({ topics }: { topics: Topic[] }) {
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label="Что случилось">
      {topics.map((t) => (
        <li key={t.id}>
          <PageLink href={`/help/${t.audience}/${t.id}`} className="tile">
            {t.title}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
