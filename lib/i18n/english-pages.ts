import type { Channel, Directory } from "../dataset/schema";
import { QUESTIONS } from "../comparison/questions";

/**
 * Other marketplaces' contacts are listed side by side on the comparison page; on the audience page they
 * would bury Ozon's own channels under a dozen that are not Ozon's.
 */
export function listedOnComparison(d: Directory, c: Channel): boolean {
  const comparison = d.marketplaceComparison;
  return (
    c.audiences.includes(comparison.audience) &&
    !d.organisations.some((o) => o.id === c.organisation && o.isOzon) &&
    comparison.marketplaces.some((m) => m.organisation === c.organisation)
  );
}

export type EnglishPages = {
  audiences: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** Every channel an English page shows: its own page, a card, a topic's option or a replacement named. */
  channels: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** Whether the comparison of marketplaces is in English: when the audience it is written for is. */
  comparison: boolean;
};

/**
 * Which records have English pages, read from the data: an audience with `en` has them, and so do its
 * topics and every channel its pages show. The pages, the sitemap, the language links and the validator
 * all ask this one function, so nothing links to an English page that is not built.
 */
export function englishPages(d: Directory): EnglishPages {
  const audiences = new Set(d.audiences.filter((a) => a.en).map((a) => a.id));
  const topics = d.topics.filter((t) => audiences.has(t.audience));
  const channels = new Set<string>();
  const add = (id: string) => {
    channels.add(id);
    const replacedBy = d.channels.find((c) => c.id === id)?.replacedBy;
    if (replacedBy) channels.add(replacedBy);
  };
  for (const c of d.channels) {
    if (c.audiences.some((a) => audiences.has(a)) && !listedOnComparison(d, c)) add(c.id);
  }
  for (const t of topics) for (const tc of t.channels) add(tc.channel);
  const comparison = audiences.has(d.marketplaceComparison.audience);
  if (comparison) {
    // The comparison names contacts in its answers and lists every other marketplace's channel for its audience.
    for (const c of d.channels) if (listedOnComparison(d, c)) add(c.id);
    for (const m of d.marketplaceComparison.marketplaces) {
      for (const { key } of QUESTIONS) for (const id of m[key].channels) add(id);
    }
  }
  const organisations = new Set(d.channels.filter((c) => channels.has(c.id)).map((c) => c.organisation));
  for (const m of comparison ? d.marketplaceComparison.marketplaces : []) organisations.add(m.organisation);
  return { audiences, topics: new Set(topics.map((t) => t.id)), channels, organisations, comparison };
}
