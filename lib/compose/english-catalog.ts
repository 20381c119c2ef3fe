import type { Directory } from "../dataset/schema";
import { englishPages } from "../i18n/english-pages";
import { asksFor, composeAsks, type AskId } from "./asks";
import { buildComposeCatalog, topicCategory, type ComposeCatalog, type ComposeChannel } from "./catalog";

type AskTexts = Readonly<Record<AskId, string>>;

/**
 * The English composer's catalog: the seller topics with English pages, in English, each with the Russian
 * titles its request is written with, the asks to pick from, and a link to each channel's page. Sellers only:
 * the request introduces its writer as a seller and calls the English text the seller's.
 */
export function buildEnglishComposeCatalog(
  dir: Directory,
  asks: { english: AskTexts; russian: AskTexts },
  channelPage: (id: string) => NonNullable<ComposeChannel["page"]>,
): ComposeCatalog {
  const pages = englishPages(dir);
  const raw = new Map(dir.topics.map((t) => [t.id, t]));
  const catalog = buildComposeCatalog(dir, {
    locale: "en",
    include: (t) => t.audience === "sellers" && pages.topics.has(t.id),
  });
  const topics = catalog.topics.map((t) => {
    const topic = raw.get(t.id);
    const ids = asksFor(topic && topicCategory(topic));
    return {
      ...t,
      asks: composeAsks(ids, { label: asks.english, russian: asks.russian }),
      channels: t.channels.map((c) => ({ ...c, page: channelPage(c.id) })),
    };
  });
  return { ...catalog, topics, writtenIn: "en" };
}
