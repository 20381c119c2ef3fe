import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { channelsCitingSource, getSources, numberedSources } from "@/lib/dataset/access";
import { formatDateRu } from "@/lib/hours/calendar";
import { canonical } from "@/lib/site/metadata";
import { CONFIDENCE_RULES, STATUS_RULES } from "@/lib/trust/evidence";
import { sourceKindLabel } from "@/lib/trust/attribution";
import { statusLabel } from "@/lib/trust/status";
import { COUNTING_RULE } from "@/lib/reports/rule";

export const metadata: Metadata = {
  title: "Источники",
  description: "Статьи и страницы, из которых собран справочник, и что мы из каждой взяли.",
  ...canonical("/sources"),
};

export default function SourcesPage() {
  setRequestLocale("ru");
  const sources = getSources();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Источники</h1>
      <p className="text-slate-700">
        Каждое утверждение в справочнике привязано к источнику.{" "}
        {sources.some((s) => s.publishedAt)
          ? "Дату публикации мы указываем, только если её даёт сам источник."
          : "Ни один источник не указывает дату публикации, поэтому мы не считаем один из них новее другого."}{" "}
        Когда источники спорят, мы показываем все версии. Номер источника в квадратных скобках одинаков на всех
        страницах: [4] везде означает одну и ту же статью.
      </p>
      <section aria-labelledby="rules-title" id="rules" className="scroll-mt-4 space-y-3">
        <h2 id="rules-title" className="text-xl font-bold">
          Как мы выводим статус и надёжность
        </h2>
        <p>
          Для каждого канала мы записываем, что сделал каждый источник: написал, что канал работает; написал, что не
          работает; привёл его как действующий контакт без оговорок; привёл на его месте другой контакт; или не
          упомянул. Статус выводится из этих записей по правилам ниже, по порядку — действует первое подходящее.
        </p>
        <ol className="ml-5 list-decimal space-y-1" data-testid="status-rules">
          {STATUS_RULES.map((r) => (
            <li key={r.id} data-rule={r.id}>
              <strong>{statusLabel[r.status]}.</strong> {r.text}
            </li>
          ))}
        </ol>
        <p>Надёжность статуса — первое подходящее из правил:</p>
        <ol className="ml-5 list-decimal space-y-1" data-testid="confidence-rules">
          {CONFIDENCE_RULES.map((r) => (
            <li key={r.level} data-rule={r.level}>
              <strong>{r.label}.</strong> {r.text}
            </li>
          ))}
        </ol>
        <p>
          Рекламный материал никогда не подтверждает канал Ozon сам по себе. Редактор может поставить статус осторожнее,
          чем выходит по правилам (например, «под вопросом» для канала без ссылки), но не увереннее: это проверяет
          валидатор данных при каждой сборке.
        </p>
      </section>
      {/* A static export has no server and so no visitors' reports (components/reports). */}
      {process.env.STATIC_EXPORT === "1" ? null : (
        <section aria-labelledby="reports-rule-title" id="reports-rule" className="scroll-mt-4 space-y-2">
          <h2 id="reports-rule-title" className="text-xl font-bold">
            Как мы считаем ответы посетителей
          </h2>
          {COUNTING_RULE.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      )}
      <ul className="space-y-4">
        {sources.map((s) => {
          const channels = channelsCitingSource(s.id);
          return (
            <li key={s.id} id={s.id} className="scroll-mt-4 space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-bold">
                [{numberedSources().get(s.id)?.number}] {s.title}
              </h2>
              <p className="text-sm text-slate-600">
                {sourceKindLabel[s.kind]}. {s.part ? `${s.part}. ` : ""}
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
                      <PageLink href={`/channels/${c.id}`} className="underline">
                        {c.title}
                      </PageLink>
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
