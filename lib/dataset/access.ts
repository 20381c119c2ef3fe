import "server-only";
import { loadDirectory } from "./load";
import type {
  Audience,
  Channel,
  Confidence,
  Directory,
  Fact,
  MarketplaceComparison,
  Organisation,
  Source,
  Topic,
} from "./schema";
import { deriveEvidence, sourceIndex, type Evidence, type SourceIndex } from "../trust/evidence";
import { byWhom, confidenceMark, numberSources, type ConfidenceMark, type NumberedSource } from "../trust/attribution";
import { statusOrder } from "../trust/status";
import { buildComposeCatalog, type ComposeCatalog } from "../compose/catalog";
import { buildEnglishComposeCatalog } from "../compose/english-catalog";
import { EN_MESSAGES, RU_MESSAGES } from "../i18n/messages";
import { englishPages, listedOnComparison, type EnglishPages } from "../i18n/english-pages";
import { localePath, type Locale } from "../i18n/locale";

let loaded: Directory | undefined;

/**
 * The one data module pages call. The dataset is read and validated once per process: a build
 * prerenders every page in a few worker processes, and React's `cache` would redo it for each page.
 * `next dev` reads it afresh on every render so that edits to data/ show without a restart.
 */
export function getDirectory(): Directory {
  if (process.env.NODE_ENV === "development") return loadDirectory();
  loaded ??= loadDirectory();
  return loaded;
}

let composeCatalog: ComposeCatalog | undefined;

/** The topics and channels the composer offers: one list for the composer page and the channel pages' links. */
export function getComposeCatalog(): ComposeCatalog {
  if (process.env.NODE_ENV === "development") return buildComposeCatalog(getDirectory());
  composeCatalog ??= buildComposeCatalog(getDirectory());
  return composeCatalog;
}

let englishComposeCatalog: ComposeCatalog | undefined;

/** The composer's catalog for a page's language: the English one offers the sellers' topics with English pages. */
export function getComposeCatalogIn(locale: Locale): ComposeCatalog {
  if (locale === "ru") return getComposeCatalog();
  const build = () =>
    buildEnglishComposeCatalog(
      getDirectory(),
      { english: EN_MESSAGES.compose.asks, russian: RU_MESSAGES.compose.asks },
      (id) => channelHref(locale, id),
    );
  if (process.env.NODE_ENV === "development") return build();
  englishComposeCatalog ??= build();
  return englishComposeCatalog;
}

export function getOrganisations(): Organisation[] {
  return getDirectory().organisations;
}

/** The validator has checked that every channel names a known organisation. */
export function organisationOf(c: Pick<Channel, "organisation">): Organisation {
  const o = getOrganisations().find((x) => x.id === c.organisation);
  if (!o) throw new Error(`Unknown organisation ${c.organisation}`);
  return o;
}

export function getAudiences(): Audience[] {
  return getDirectory().audiences;
}

export function getAudience(id: string): Audience | undefined {
  return getDirectory().audiences.find((a) => a.id === id);
}

export function getChannels(): Channel[] {
  return getDirectory().channels;
}

export function getChannel(id: string): Channel | undefined {
  return getDirectory().channels.find((c) => c.id === id);
}

export function requireChannel(id: string): Channel {
  const c = getChannel(id);
  if (!c) throw new Error(`Unknown channel ${id}`);
  return c;
}

/** Working channels first, then disputed, discontinued and third-party; by rank within each. */
export function channelsForAudience(audienceId: string): Channel[] {
  return getChannels()
    .filter((c) => c.audiences.includes(audienceId))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.rank - b.rank || a.id.localeCompare(b.id));
}

/** Ozon's phone numbers an audience meets in the sources, working ones first: what «no reliable phone» is about. */
export function ozonPhonesFor(audienceId: string): Channel[] {
  return channelsForAudience(audienceId).filter((c) => c.kind === "phone" && organisationOf(c).isOzon);
}

export function getTopics(): Topic[] {
  return getDirectory().topics;
}

export function topicsForAudience(audienceId: string): Topic[] {
  return getTopics().filter((t) => t.audience === audienceId);
}

export function getTopic(id: string): Topic | undefined {
  return getTopics().find((t) => t.id === id);
}

export function getSources(): Source[] {
  return getDirectory().sources;
}

let sources: SourceIndex | undefined;

function getSourceIndex(): SourceIndex {
  sources ??= sourceIndex(getSources());
  return sources;
}

/** The channel's status and how sure the sources let us be of it, by the rules in lib/trust/evidence.ts. */
export function evidenceOf(c: Channel): Evidence {
  return deriveEvidence(c, getSourceIndex(), organisationOf(c));
}

export function confidenceOf(c: Channel): Confidence {
  return evidenceOf(c).confidence;
}

let numbered: ReadonlyMap<string, NumberedSource> | undefined;

/** Every source with its number, the same on every page (its place on /sources). */
export function numberedSources(): ReadonlyMap<string, NumberedSource> {
  numbered ??= numberSources(getSources());
  return numbered;
}

/** The compact mark beside a channel's answer: how sure we are and which numbered sources take a side. */
export function confidenceMarkOf(c: Channel): ConfidenceMark {
  return confidenceMark(evidenceOf(c), c.claims, numberedSources());
}

/** "по официальной странице и одной статье" for a list of source ids. */
export function sourcesInWords(ids: string[], locale: Locale = "ru"): string {
  return byWhom(ids, getSourceIndex(), locale);
}

let english: EnglishPages | undefined;

/** Which audiences, topics and channels have English pages. */
export function getEnglishPages(): EnglishPages {
  if (process.env.NODE_ENV === "development") return englishPages(getDirectory());
  english ??= englishPages(getDirectory());
  return english;
}

/** A link for a page of the given kind: to its English page where one exists, else to the Russian one, marked so. */
function linkIn(locale: Locale, path: string, hasEnglish: boolean): { href: string; hrefLang?: "ru" } {
  if (locale === "ru") return { href: path };
  return hasEnglish ? { href: localePath(locale, path) } : { href: path, hrefLang: "ru" };
}

export function channelHref(locale: Locale, id: string) {
  return linkIn(locale, `/channels/${id}`, getEnglishPages().channels.has(id));
}

export function topicHref(locale: Locale, t: Pick<Topic, "id" | "audience">) {
  return linkIn(locale, `/help/${t.audience}/${t.id}`, getEnglishPages().topics.has(t.id));
}

export function audienceHref(locale: Locale, id: string) {
  return linkIn(locale, `/${id}`, getEnglishPages().audiences.has(id));
}

export function factsForAudience(audienceId: string): Fact[] {
  return getGuidance().facts.filter((f) => f.audiences.includes(audienceId));
}

export function topicsUsingChannel(channelId: string): Topic[] {
  return getTopics().filter((t) => t.channels.some((tc) => tc.channel === channelId));
}

export function channelsCitingSource(sourceId: string): Channel[] {
  return getChannels().filter((c) => c.claims.some((cl) => cl.source === sourceId));
}

export function getGuidance() {
  return getDirectory().guidance;
}

export function getComparison(): MarketplaceComparison {
  return getDirectory().marketplaceComparison;
}

/** A company's channels for the comparison's audience, by rank. */
export function channelsOfOrganisation(organisationId: string): Channel[] {
  const { audience } = getComparison();
  return getChannels().filter((c) => c.organisation === organisationId && c.audiences.includes(audience));
}

/** Other marketplaces' contacts are listed on the comparison page, not on the audience page. */
export function shownOnComparison(c: Channel): boolean {
  return listedOnComparison(getDirectory(), c);
}
