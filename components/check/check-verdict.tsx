import { PageLink } from "@/components/page-link";
import type { CheckChannel, CheckResult } from "@/lib/check/match";
import { adviceFor, SAFETY_RULES, type CheckTone } from "@/lib/check/advice";
import type { Locale } from "@/lib/i18n/locale";
import type { RU_MESSAGES } from "@/lib/i18n/messages";
import { displayValue } from "@/lib/text/channel";
import { StatusBadge } from "../status-badge";
import { ConfidenceNote } from "../confidence-note";

/** Where to go instead of the contact in question. */
export type OfficialLink = CheckChannel;

/** The checker's words from the `check` messages, handed down by the server page; a type-only import. */
export type CheckTexts = (typeof RU_MESSAGES)["check"]["checker"];

const tones: Record<CheckTone, string> = {
  listed: "border-green-600 bg-green-50",
  doubt: "border-amber-500 bg-amber-50",
  warning: "border-red-500 bg-red-50",
  unknown: "border-amber-400 bg-amber-50",
};

function ChannelLink({ channel }: { channel: CheckChannel }) {
  return (
    <PageLink {...channel.link} lang={channel.lang} className="underline">
      {channel.title}
    </PageLink>
  );
}

function SafetyAdvice({ official, texts, locale }: { official: OfficialLink[]; texts: CheckTexts; locale: Locale }) {
  return (
    <div className="space-y-2">
      <p>
        <strong>{SAFETY_RULES[locale]}</strong>
      </p>
      <p>{texts.official}</p>
      <ul className="ml-5 list-disc">
        {official.map((o) => (
          <li key={o.id}>
            <ChannelLink channel={o} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The checker's answer; used by the live checker and by the static per-number pages. */
export function CheckVerdict({
  result,
  official,
  texts,
  locale = "ru",
}: {
  result: CheckResult;
  official: OfficialLink[];
  texts: CheckTexts;
  locale?: Locale;
}) {
  if (result.kind === "empty") return null;
  const advice = adviceFor(result, locale);
  const verdict = result.kind === "match" ? result.entry.status : result.kind === "sender" ? "sender" : "unknown";
  return (
    <div className={`space-y-3 rounded-xl border p-4 ${tones[advice.tone]}`} data-verdict={verdict}>
      {result.kind === "match" ? (
        <p className="inline-row">
          <StatusBadge status={result.entry.status} locale={locale} />
          <ConfidenceNote level={result.entry.confidence} locale={locale} />
        </p>
      ) : null}
      <h2 className="text-lg font-bold">{advice.headline}</h2>
      {result.kind === "match" ? (
        <p>
          <strong>{displayValue(result.entry) ?? result.entry.title}</strong>
          {" —"} <ChannelLink channel={result.entry} />
          {result.entry.status === "third-party" ? (
            <>
              {`, ${texts.owner}: `}
              {result.entry.owner.name}
            </>
          ) : null}
          .
        </p>
      ) : null}
      {advice.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {result.kind === "match" && result.entry.verdict ? <p>{result.entry.verdict}</p> : null}
      {result.kind === "match" && result.entry.replacement ? (
        <p className="font-semibold">
          {texts.instead} <ChannelLink channel={result.entry.replacement} />
        </p>
      ) : null}
      <SafetyAdvice official={official} texts={texts} locale={locale} />
    </div>
  );
}
