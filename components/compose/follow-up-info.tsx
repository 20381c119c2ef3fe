import type { ComposeChannel } from "@/lib/compose/catalog";
import { followUp } from "@/lib/compose/deadline";

type Props = { channel: ComposeChannel; noAnswer: string[]; sentAt: Date };

/** When to expect an answer through the channel, and what to do if none comes. */
export function FollowUpInfo({ channel, noAnswer, sentAt }: Props) {
  const r = channel.response;
  return (
    <section aria-labelledby="compose-followup" className="space-y-2" data-testid="compose-followup">
      <h3 id="compose-followup" className="text-lg font-bold">
        Когда ждать ответа
      </h3>
      {r ? (
        <p>
          Обычный срок: <strong>{r.text}</strong>
          {r.context ? ` (${r.context})` : ""}. Если отправить сейчас, {followUp(r.span, sentAt).phrase}.
        </p>
      ) : (
        <p>Источники не называют срок ответа для этого канала.</p>
      )}
      <p>Отправьте обращение в один канал: повтор в несколько отделов ответ не ускорит.</p>
      <h3 className="font-bold">Если к этому сроку ответа нет</h3>
      <ul className="ml-5 list-disc space-y-1">
        {noAnswer.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
