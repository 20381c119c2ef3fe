import type { Channel } from "@/lib/dataset/schema";
import { disagreementSummary } from "@/lib/trust/attribution";
import { confidenceMarkOf, evidenceOf, numberedSources } from "@/lib/dataset/access";
import { ConfidenceNote } from "./confidence-note";
import { DisagreementDetails } from "./disagreement-details";

/**
 * What to do, in one plain sentence, first; beside it the generated mark of the channel it rests on (level and
 * numbered sources), and when the sources conflict, the split in full one tap away.
 */
export function AnswerLead({ answer, channel }: { answer: string; channel: Channel }) {
  const mark = confidenceMarkOf(channel);
  const split = disagreementSummary(evidenceOf(channel));
  return (
    <>
      <div className="space-y-1" data-testid="answer">
        <p className="text-lg font-semibold">{answer}</p>
        <p>
          <ConfidenceNote level={mark.level} sources={mark.sources} />
        </p>
      </div>
      {split ? <DisagreementDetails summary={split} claims={channel.claims} numbered={numberedSources()} /> : null}
    </>
  );
}
