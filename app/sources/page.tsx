import type { Metadata } from "next";
import Link from "next/link";
import { channelsCitingSource, getSources } from "@/lib/data";
import { formatDateRu } from "@/lib/ru";
import type { Source } from "@/lib/schema";
import { canonical } from "@/lib/page-metadata";

export const metadata: Metadata = {
  title: "Источники",
  description: "Статьи и страницы, из которых собран справочник, и что мы из каждой взяли.",
  ...canonical("/sources"),
};

const kindLabel: Record<Source["kind"], string> = {
  official: "Официальная страница",
  article: "Статья",
  advertiser: "Текст рекламодателя",
};

export default function SourcesPage() {
  const sources = getSources();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Источники</h1>
      <p className="text-slate-700">
        Каждое утверждение в справочнике привязано к источнику. Когда источники спорят, мы показываем обе версии и
        объясняем, какой верим и почему.
      </p>
      <ul className="space-y-4">
        {sources.map((s) => {
          const channels = channelsCitingSource(s.id);
          return (
            <li key={s.id} id={s.id} className="scroll-mt-4 space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-bold">{s.title}</h2>
              <p className="text-sm text-slate-600">
                {kindLabel[s.kind]}.{" "}
                {s.publishedAt ? `Опубликовано ${formatDateRu(s.publishedAt)}. ` : "Дата публикации не указана. "}
                Сохранено {formatDateRu(s.retrievedAt)}.
              </p>
              <p>{s.usedFor}</p>
              {channels.length > 0 ? (
                <p className="text-sm">
                  Упоминается в каналах:{" "}
                  {channels.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 ? ", " : ""}
                      <Link prefetch={false} href={`/channels/${c.id}`} className="underline">
                        {c.title}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
