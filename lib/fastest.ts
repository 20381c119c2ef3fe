import type { Channel } from "./schema";
import { slowestFirstReply } from "./response-range";

const LIVE_KINDS = new Set<Channel["kind"]>(["chat", "phone"]);

function hasLivePeople(c: Channel): boolean {
  return c.hours?.staffing.some((s) => s.who !== "bot") ?? false;
}

/**
 * Working chats and phones where a person answers (staffed hours or a stated first-reply time), ranked by
 * the slowest first reply any source gives — never by the most optimistic figure — then by rank; one per
 * audience so the home page covers buyers, sellers and the bank rather than three buyer chats.
 */
export function fastestHumanChannels(channels: Channel[], count = 3): Channel[] {
  const candidates = channels
    .filter((c) => c.status === "active" && LIVE_KINDS.has(c.kind) && (hasLivePeople(c) || c.responseTimes.length > 0))
    .sort((a, b) => {
      const wait = (c: Channel) => slowestFirstReply(c.responseTimes) ?? Infinity;
      return wait(a) - wait(b) || a.rank - b.rank;
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
