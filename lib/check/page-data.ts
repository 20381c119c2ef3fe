import {
  channelHref,
  confidenceOf,
  getChannels,
  getEnglishPages,
  getOrganisations,
  organisationOf,
  requireChannel,
} from "../dataset/access";
import type { Locale } from "../i18n/locale";
import { officialEntryPoints } from "../trust/entry-points";
import { toCheckChannel, toCheckEntries, toSenderNames, type CheckChannel, type CheckEntry } from "./match";

/** What the number check's pages hand the checker, in the page's language, with links to that language's pages. */

function options(locale: Locale) {
  return { locale, linkOf: (id: string) => channelHref(locale, id) };
}

export function checkEntriesIn(locale: Locale): CheckEntry[] {
  return toCheckEntries(getChannels(), organisationOf, confidenceOf, options(locale));
}

export function senderNamesIn(locale: Locale) {
  return toSenderNames(getOrganisations(), locale);
}

/**
 * Where to contact Ozon instead: the best working channel of each main audience. The English pages are for
 * sellers abroad, so there the main audiences are the ones with English pages, by the same rule.
 */
export function officialIn(locale: Locale): CheckChannel[] {
  const audiences = locale === "ru" ? undefined : [...getEnglishPages().audiences];
  return officialEntryPoints(getChannels(), audiences).map((o) =>
    toCheckChannel(requireChannel(o.id), options(locale)),
  );
}
