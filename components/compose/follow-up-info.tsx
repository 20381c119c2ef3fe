import type { ComposeChannel } from "@/lib/compose/catalog";
import { followUp } from "@/lib/compose/deadline";
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/text/fill";
import type { ComposeWords } from "./words";

type Props = {
  channel: ComposeChannel;
  noAnswer: string[];
  sentAt: Date;
  words: ComposeWords["followUp"];
  locale: Locale;
};

/** When to expect an answer through the channel, and what to do if none comes. */
export function FollowUpInfo({ channel, noAnswer, sentAt, words, locale }: Props) {
  const r = channel.response;
  return (
    <section aria-labelledby="compose-followup" className="space-y-2" data-testid="compose-followup">
      <h3 id="compose-followup" className="text-lg font-bold">
        {words.title}
      </h3>
      {r ? (
        <p>
          {`${words.usual} `}
          <strong>{r.text}</strong>
          {`${r.context ? ` (${r.context})` : ""}. ${fill(words.ifNow, { phrase: followUp(r.span, sentAt, locale).phrase })}`}
        </p>
      ) : (
        <p>{words.unknown}</p>
      )}
      <p>{words.oneChannel}</p>
      <h3 className="font-bold">{words.noAnswer}</h3>
      <ul className="ml-5 list-disc space-y-1">
        {noAnswer.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
