import type { ComposeAudience, ComposeTopic } from "@/lib/compose/catalog";
import type { FormState } from "@/lib/compose/form-state";
import type { DraftErrors } from "@/lib/compose/schema";
import { FieldError, fieldAria, inputClass } from "./field";

type Props = {
  form: FormState;
  topics: readonly ComposeTopic[];
  errors: DraftErrors;
  onAudience: (audience: ComposeAudience) => void;
  onTopic: (topicId: string) => void;
  onChannel: (channelId: string) => void;
  onBlur: (field: "topicId") => void;
};

const audiences: { id: ComposeAudience; label: string }[] = [
  { id: "buyers", label: "Я покупатель" },
  { id: "sellers", label: "Я продавец" },
];

const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-400 bg-white p-3 has-checked:border-brand has-checked:bg-blue-50";

/** Who writes, about what, and where the request goes. */
export function ChoiceFields({ form, topics, errors, onAudience, onTopic, onChannel, onBlur }: Props) {
  const own = topics.filter((t) => t.audience === form.audience);
  const topic = own.find((t) => t.id === form.topicId);
  return (
    <>
      <fieldset className="space-y-2" aria-describedby={errors.audience ? "compose-audience-error" : undefined}>
        <legend className="mb-1 font-semibold">Кто вы</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {audiences.map((a, i) => (
            <label key={a.id} className={optionClass}>
              <input
                type="radio"
                name="audience"
                value={a.id}
                checked={form.audience === a.id}
                onChange={() => onAudience(a.id)}
                data-field={i === 0 ? "audience" : undefined}
                className="mt-1 size-4 accent-brand"
              />
              <span>{a.label}</span>
            </label>
          ))}
        </div>
        <FieldError id="compose-audience" error={errors.audience} />
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="compose-topicId" className="block font-semibold">
          Тема обращения
        </label>
        <p id="compose-topicId-desc" className="text-sm text-slate-700">
          Выберите самую близкую тему — так вопрос быстрее попадёт к нужному специалисту.
        </p>
        <select
          id="compose-topicId"
          data-field="topicId"
          value={topic ? topic.id : ""}
          onChange={(e) => onTopic(e.target.value)}
          onBlur={() => onBlur("topicId")}
          disabled={form.audience === ""}
          className={`${inputClass} disabled:bg-slate-100`}
          {...fieldAria("compose-topicId", true, errors.topicId)}
        >
          <option value="">{form.audience === "" ? "Сначала выберите, кто вы" : "Выберите тему"}</option>
          {own.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <FieldError id="compose-topicId" error={errors.topicId} />
        {topic && topic.prepare.length > 0 ? (
          <p className="text-sm text-slate-700">
            <strong>Что подготовить:</strong> {topic.prepare.join("; ")}.
          </p>
        ) : null}
      </div>

      {topic ? (
        <fieldset className="space-y-2" aria-describedby={errors.channelId ? "compose-channel-error" : undefined}>
          <legend className="mb-1 font-semibold">Куда отправить</legend>
          {topic.channels.map((c, i) => (
            <label key={c.id} className={optionClass}>
              <input
                type="radio"
                name="channelId"
                value={c.id}
                checked={form.channelId === c.id}
                onChange={() => onChannel(c.id)}
                data-field={i === 0 ? "channelId" : undefined}
                className="mt-1 size-4 shrink-0 accent-brand"
              />
              <span className="min-w-0">
                <span className="block font-medium">
                  {c.title}
                  {i === 0 ? <span className="font-normal text-slate-700"> — лучший способ</span> : null}
                </span>
                <span className="block text-sm text-slate-700">
                  {[
                    c.kindLabel,
                    c.category ? `категория «${c.category}»` : "",
                    c.response ? `ответ: ${c.response.text}` : "",
                  ]
                    .filter((s) => s !== "")
                    .join(" · ")}
                </span>
                {c.status === "disputed" ? (
                  <span className="block text-sm text-amber-900">Источники расходятся, работает ли этот канал.</span>
                ) : null}
              </span>
            </label>
          ))}
          <FieldError id="compose-channel" error={errors.channelId} />
        </fieldset>
      ) : null}
    </>
  );
}
