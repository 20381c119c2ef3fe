import Link from "next/link";
import type { Topic } from "@/lib/schema";

export function TopicList({ topics }: { topics: Topic[] }) {
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label="Что случилось">
      {topics.map((t) => (
        <li key={t.id}>
          <Link prefetch={false}
            href={`/help/${t.audience}/${t.id}`}
            className="flex min-h-12 items-center rounded-xl border border-slate-300 bg-white px-4 py-3 font-semibold no-underline shadow-sm hover:border-brand"
          >
            {t.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
