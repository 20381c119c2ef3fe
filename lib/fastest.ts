import type { Channel } from "./schema";
import { fastestResponse, responseMinutes } from "./format";

const LIVE_KINDS = new Set<Channel["kind"]>(["chat", "phone"]);

function hasLivePeople(c: Channel): boolean {
  return c.hours?.staffing.some((s) => s.who !== "bot") ?? false;
}

/**
 * Working chats and phones where a person answers (staffed hours or a stated
 * response time), fastest stated response first; one per audience so the
 * home page covers buyers, sellers and the bank rather than three buyer chats.
 */
export function fastestHumanChannels(channels: Channel[], count = 3): Channel[] {
  const candidates = channels
    .filter((c) => c.status === "active" && LIVE_KINDS.has(c.kind) && (hasLivePeople(c) || c.responseTimes.length > 0))
    .sort((a, b) => {
      const ra = fastestResponse(a);
      const rb = fastestResponse(b);
      return (ra ? responseMinutes(ra) : Infinity) - (rb ? responseMinutes(rb) : Infinity) || a.rank - b.rank;
    });
  const picked: Channel[] = [];
  const audiences = new Set<string>();
  for (const c of candidates) {
    const primary = c.audiences[0];
    if (primary === undefined || audiences.has(primary)) continue;
    audiences.add(primary);
    picked.push(c);
    if (picked.length === count) break;
  }
  return picked;
}
