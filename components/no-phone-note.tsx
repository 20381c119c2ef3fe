import type { Audience, Channel } from "@/lib/dataset/schema";
import { disagreementSummary } from "@/lib/trust/attribution";
import { confidenceMarkOf, evidenceOf } from "@/lib/dataset/access";
import { ConfidenceNote } from "./confidence-note";
import { PageLink } from "./page-link";
import { StatusBadge } from "./status-badge";

/**
 * Said plainly and early: for some audiences no source gives a number that reaches a person for sure.
 * "Надёжного" because some numbers are only disputed, not known to be dead; which numbers, and who says what
 * about each, is one tap away.
 */
export function NoPhoneNote({ audience, phones }: { audience: Audience; phones: Channel[] }) {
  if (!audience.noPhone) return null;
  return (
    <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="no-phone">
      <p>
        <strong>Надёжного телефона нет. </strong>
        {audience.noPhone}
      </p>
      {phones.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-semibold">Какие номера встречаются в источниках</summary>
          <ul className="mt-2 space-y-2">
            {phones.map((c) => {
              const mark = confidenceMarkOf(c);
              const split = disagreementSummary(evidenceOf(c));
              return (
                <li key={c.id} className="space-y-1" data-phone={c.id}>
                  <p className="inline-row">
                    <PageLink href={`/channels/${c.id}`} className="font-semibold underline">
                      {c.title}
                    </PageLink>
                    <StatusBadge status={c.status} />
                  </p>
                  <p>
                    <ConfidenceNote level={mark.level} sources={mark.sources} />
                  </p>
                  {split ? <p className="text-sm">{split}</p> : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
