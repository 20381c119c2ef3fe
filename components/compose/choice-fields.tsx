import type { ComposeAudience, ComposeTopic } from "@/lib/compose/catalog";
import { audiencesOf } from "@/lib/compose/deep-link";
import type { FormState } from "@/lib/compose/form-state";
import type { DraftErrors } from "@/lib/compose/schema";
import { fill } from "@/lib/text/fill";
import { FieldError, fieldAria, inputClass, optionClass } from "./field";
import type { ComposeWords } from "./words";

type Props = {
  form: FormState;
  topics: readonly ComposeTopic[];
  errors: DraftErrors;
  words: ComposeWords;
  onAudience: (audience: ComposeAudience) => void;
  onTopic: (topicId: string) => void;
  onChannel: (channelId: string) => void;
  onBlur: (field: "topicId") => void;
};

/** Who writes (unless the composer is for one audience), about what, and where the request goes. */
export function ChoiceFields({ form, topics, errors, words, onAudience, onTopic, onChannel, onBlur }: Props) {
  const audiences = audiencesOf(topics);
  const own = topics.filter((t) => t.audience === form.audience);
  const topic = own.find((t) => t.id === form.topicId);
  return (
    <>
      {audiences.length > 1 ? (
        <fieldset className="space-y-2" aria-describedby={errors.audience ? "compose-audience-error" : undefined}>
          <legend className="mb-1 font-semibold">{words.audience.legend}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {audiences.map((a, i) => (
              <label key={a} className={optionClass}>
                <input
                  type="radio"
                  name="audience"
                  value={a}
                  checked={form.audience === a}
                  onChange={() => onAudience(a)}
                  data-field={i === 0 ? "audience" : undefined}
                  className="mt-1 size-4 accent-brand"
                />
                <span>{words.audience[a]}</span>
              </label>
            ))}
          </div>
          <FieldError id="compose-audience" error={errors.audience} />
        </fieldset>
      ) : null}

      <div className="space-y-1">
        <label htmlFor="compose-topicId" className="block font-semibold">
          {words.topic.label}
        </label>
        <p id="compose-topicId-desc" className="text-sm text-slate-700">
          {words.topic.description}
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
          <option value="">
            {form.audience === "" && audiences.length > 1 ? words.topic.audienceFirst : words.topic.choose}
          </option>
          {own.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <FieldError id="compose-topicId" error={errors.topicId} />
        {topic && topic.prepare.length > 0 ? (
          <p className="text-sm text-slate-700">
            <strong>{words.topic.prepare}</strong> {topic.prepare.join("; ")}.
          </p>
        ) : null}
      </div>

      {topic ? (
        <fieldset className="space-y-2" aria-describedby={errors.channelId ? "compose-channel-error" : undefined}>
          <legend className="mb-1 font-semibold">{words.channel.legend}</legend>
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
                  {i === 0 ? <span className="font-normal text-slate-700">{words.channel.best}</span> : null}
                </span>
                <span className="block text-sm text-slate-700">
                  {[
                    c.kindLabel,
                    c.category
                      ? fill(words.channel.category, { category: c.category, ru: c.russian?.category ?? c.category })
                      : "",
                    c.response ? fill(words.channel.response, { time: c.response.text }) : "",
                  ]
                    .filter((s) => s !== "")
                    .join(" · ")}
                </span>
                {c.status === "disputed" ? (
                  <span className="block text-sm text-amber-900">{words.channel.disputed}</span>
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
