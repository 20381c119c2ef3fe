import type { Channel } from "../dataset/schema";
import { slowestFirstReply } from "./range";

const LIVE_KINDS = new Set<Channel["kind"]>(["chat", "phone"]);

/**
 * Working chats and phones for which a source gives a time to a person's first reply, ranked by the slowest
 * such figure — never by the most optimistic one — then by rank; one per audience so the home page covers
 * buyers and sellers rather than three buyer chats. A channel with staffed hours but no stated time (the
 * bank's chat) is left out: no source says how fast it answers, so it cannot be called among the fastest.
 */
export function fastestHumanChannels(channels: Channel[], count = 3): Channel[] {
  const candidates = channels
    .filter((c) => c.status === "active" && LIVE_KINDS.has(c.kind) && slowestFirstReply(c.responseTimes) !== undefined)
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
