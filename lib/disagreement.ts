import type { Channel, Claim } from "./schema";
import { plural } from "./ru";

const sourceForms: [string, string, string] = ["источник", "источника", "источников"];

function count(claims: Claim[], stance: Claim["stance"]): number {
  return new Set(claims.filter((c) => c.stance === stance).map((c) => c.source)).size;
}

/**
 * A one-line summary of how the sources split, or null when they agree.
 * Counted by source, so one article repeating itself is not two votes.
 */
export function disagreementSummary(channel: Channel): string | null {
  const works = count(channel.claims, "works");
  const notWorking = count(channel.claims, "not-working");
  if (works === 0 || notWorking === 0) return null;
  return (
    `Источники расходятся: ${works} ${plural(works, sourceForms)} — работает, ` +
    `${notWorking} ${plural(notWorking, sourceForms)} — не работает.`
  );
}
