import { PageLink } from "@/components/page-link";
import type { CheckResult } from "@/lib/check/match";
import { adviceFor, SAFETY_RULE, type CheckTone } from "@/lib/check/advice";
import { displayValue } from "@/lib/text/channel";
import { StatusBadge } from "../status-badge";
import { ConfidenceNote } from "../confidence-note";

export type OfficialLink = { id: string; title: string };

const tones: Record<CheckTone, string> = {
  listed: "border-green-600 bg-green-50",
  doubt: "border-amber-500 bg-amber-50",
  warning: "border-red-500 bg-red-50",
  unknown: "border-amber-400 bg-amber-50",
};

function SafetyAdvice({ official }: { official: OfficialLink[] }) {
  return (
    <div className="space-y-2">
      <p>
        <strong>{SAFETY_RULE}</strong>
      </p>
      <p>Свяжитесь с Ozon сами, через официальные каналы:</p>
      <ul className="ml-5 list-disc">
        {official.map((o) => (
          <li key={o.id}>
            <PageLink href={`/channels/${o.id}`} className="underline">
              {o.title}
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The checker's answer; used by the live checker and by the static per-number pages. */
export function CheckVerdict({ result, official }: { result: CheckResult; official: OfficialLink[] }) {
  if (result.kind === "empty") return null;
  const advice = adviceFor(result);
  const verdict = result.kind === "match" ? result.entry.status : result.kind === "sender" ? "sender" : "unknown";
  return (
    <div className={`space-y-3 rounded-xl border p-4 ${tones[advice.tone]}`} data-verdict={verdict}>
      {result.kind === "match" ? (
        <p className="inline-row">
          <StatusBadge status={result.entry.status} />
          <ConfidenceNote level={result.entry.confidence} />
        </p>
      ) : null}
      <h2 className="text-lg font-bold">{advice.headline}</h2>
      {result.kind === "match" ? (
        <p>
          <strong>{displayValue(result.entry) ?? result.entry.title}</strong> —{" "}
          <PageLink href={`/channels/${result.entry.id}`} className="underline">
            {result.entry.title}
          </PageLink>
          {result.entry.status === "third-party" ? <>, владелец: {result.entry.owner.name}</> : null}.
        </p>
      ) : null}
      {advice.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {result.kind === "match" ? <p>{result.entry.verdict}</p> : null}
      {result.kind === "match" && result.entry.replacement ? (
        <p className="font-semibold">
          Вместо него используйте:{" "}
          <PageLink href={`/channels/${result.entry.replacement.id}`} className="underline">
            {result.entry.replacement.title}
          </PageLink>
        </p>
      ) : null}
      <SafetyAdvice official={official} />
    </div>
  );
}
