import type { Audience, Channel, Directory, Topic } from "@/lib/schema";
import { displayValue, kindLabel } from "@/lib/format";
import { statusOrder } from "@/lib/status";
import { cachedStem, docWords, termsWith, type TermsOf } from "./prepare";
import type { DocLink, SearchDoc } from "./types";

/** Channels we send people to: not ones that stopped working or belong to someone else. */
function isRecommendable(c: Channel): boolean {
  return c.status === "active" || c.status === "disputed";
}

function channelLink(c: Channel): DocLink {
  return { id: c.id, title: c.title, href: `/channels/${c.id}` };
}

function channelDoc(c: Channel, byId: Map<string, Channel>, termsOf: TermsOf): SearchDoc {
  const replacement = c.replacedBy === undefined ? undefined : byId.get(c.replacedBy);
  return {
    kind: "channel",
    id: c.id,
    title: c.title,
    href: `/channels/${c.id}`,
    detail: kindLabel[c.kind],
    value: displayValue(c),
    location: c.location,
    status: c.status,
    owner: c.owner,
    replacement: replacement ? channelLink(replacement) : undefined,
    channels: [],
    phones: c.kind === "phone" && c.value !== undefined ? [c.value] : [],
    emails: c.kind === "email" && c.value !== undefined ? [c.value.toLowerCase()] : [],
    words: docWords(
      {
        title: c.title,
        keywords: [...c.synonyms, kindLabel[c.kind], c.owner],
        value: c.value ?? "",
        text: [c.summary, ...c.handles].join(". "),
      },
      termsOf,
    ),
  };
}

function withTargets(doc: SearchDoc, channels: Channel[]): SearchDoc {
  const usable = channels.filter(isRecommendable);
  const first = usable[0];
  return { ...doc, channels: usable.map((c) => c.id), target: first ? channelLink(first) : undefined };
}

function topicDoc(t: Topic, audience: Audience | undefined, byId: Map<string, Channel>, termsOf: TermsOf): SearchDoc {
  const channels = t.channels.flatMap((tc) => byId.get(tc.channel) ?? []);
  const base: SearchDoc = {
    kind: "topic",
    id: t.id,
    title: t.title,
    href: `/help/${t.audience}/${t.id}`,
    detail: audience?.title ?? "",
    channels: [],
    phones: [],
    emails: [],
    words: docWords(
      {
        title: t.title,
        keywords: [...t.synonyms, ...(audience ? [audience.title] : [])],
        value: "",
        text: t.description,
      },
      termsOf,
    ),
  };
  return withTargets(base, channels);
}

function audienceDoc(a: Audience, all: Channel[], termsOf: TermsOf): SearchDoc {
  const channels = all
    .filter((c) => c.audiences.includes(a.id))
    .sort((x, y) => statusOrder[x.status] - statusOrder[y.status] || x.rank - y.rank || x.id.localeCompare(y.id));
  const base: SearchDoc = {
    kind: "audience",
    id: a.id,
    title: a.title,
    href: `/${a.id}`,
    detail: a.label,
    channels: [],
    phones: [],
    emails: [],
    words: docWords({ title: a.title, keywords: [...a.synonyms, a.label], value: "", text: a.description }, termsOf),
  };
  return withTargets(base, channels);
}

/** Every channel, topic and audience as a flat search document, its words already stemmed. */
export function buildSearchDocs(directory: Directory): SearchDoc[] {
  const byId = new Map(directory.channels.map((c) => [c.id, c]));
  const audiences = new Map(directory.audiences.map((a) => [a.id, a]));
  const termsOf = termsWith(cachedStem());
  return [
    ...directory.channels.map((c) => channelDoc(c, byId, termsOf)),
    ...directory.topics.map((t) => topicDoc(t, audiences.get(t.audience), byId, termsOf)),
    ...directory.audiences.map((a) => audienceDoc(a, directory.channels, termsOf)),
  ];
}
