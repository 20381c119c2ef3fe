import type { Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { disagreementSummary } from "@/lib/trust/attribution";
import { confidenceMarkOf, evidenceOf, numberedSources } from "@/lib/dataset/access";
import { ConfidenceNote } from "./confidence-note";
import { DisagreementDetails } from "./disagreement-details";

/**
 * What to do, in one plain sentence, first; beside it the generated mark of the channel it rests on (level and
 * numbered sources), and when the sources conflict, the split in full one tap away.
 */
export function AnswerLead({ answer, channel, locale = "ru" }: { answer: string; channel: Channel; locale?: Locale }) {
  const mark = confidenceMarkOf(channel);
  const split = disagreementSummary(evidenceOf(channel), locale);
  return (
    <>
      <div className="space-y-1" data-testid="answer">
        <p className="text-lg font-semibold">{answer}</p>
        <p>
          <ConfidenceNote level={mark.level} sources={mark.sources} locale={locale} />
        </p>
      </div>
      {split ? (
        <DisagreementDetails summary={split} claims={channel.claims} numbered={numberedSources()} locale={locale} />
      ) : null}
    </>
  );
}
