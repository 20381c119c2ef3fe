import type { Channel } from "../dataset/schema";

/** The best working channel of each main audience: where to go instead of an unknown number. */
export function officialEntryPoints(
  channels: Channel[],
  audiences: string[] = ["buyers", "sellers", "bank", "travel"],
) {
  return audiences.flatMap((a) => {
    const best = channels
      .filter((c) => c.status === "active" && c.audiences[0] === a && c.kind !== "postal-address")
      .sort((x, y) => x.rank - y.rank)[0];
    return best ? [{ id: best.id, title: best.title }] : [];
  });
}
