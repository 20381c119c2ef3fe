import { statusLabel } from "@/lib/status";
import type { ChannelStatus } from "@/lib/schema";
import type { DocLink, DocWords, SearchDoc, SearchDocKind } from "./types";

/**
 * Checks the search index the browser downloads: it is our own file, but a stale
 * cache or a half-deployed site must give an error message, not a crash. Hand-written
 * guards rather than zod: zod's core would more than double the search bundle.
 */

export type SearchIndex = { docs: SearchDoc[] };

type Guard<T> = (value: unknown) => value is T;

const kindNames: Record<SearchDocKind, true> = { channel: true, topic: true, audience: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isString: Guard<string> = (value): value is string => typeof value === "string";

function isArrayOf<T>(value: unknown, guard: Guard<T>): value is T[] {
  return Array.isArray(value) && value.every((item: unknown) => guard(item));
}

function optional<T>(value: unknown, guard: Guard<T>): value is T | undefined {
  return value === undefined || guard(value);
}

const isKind: Guard<SearchDocKind> = (value): value is SearchDocKind =>
  typeof value === "string" && Object.hasOwn(kindNames, value);

// statusLabel has a key for every status, so it doubles as the list of valid ones.
const isStatus: Guard<ChannelStatus> = (value): value is ChannelStatus =>
  typeof value === "string" && Object.hasOwn(statusLabel, value);

const isLink: Guard<DocLink> = (value): value is DocLink =>
  isRecord(value) && isString(value.id) && isString(value.title) && isString(value.href);

const isStrings: Guard<string[]> = (value): value is string[] => isArrayOf(value, isString);

const isWords: Guard<DocWords> = (value): value is DocWords =>
  isRecord(value) &&
  isStrings(value.title) &&
  isArrayOf(value.keywords, isStrings) &&
  isStrings(value.value) &&
  isStrings(value.text);

export const isSearchDoc: Guard<SearchDoc> = (value): value is SearchDoc =>
  isRecord(value) &&
  isKind(value.kind) &&
  isString(value.id) &&
  isString(value.title) &&
  isString(value.href) &&
  isString(value.detail) &&
  optional(value.value, isString) &&
  optional(value.location, isString) &&
  optional(value.status, isStatus) &&
  optional(value.owner, isString) &&
  optional(value.replacement, isLink) &&
  optional(value.target, isLink) &&
  isStrings(value.channels) &&
  isStrings(value.phones) &&
  isStrings(value.emails) &&
  isWords(value.words);

export function parseSearchIndex(data: unknown): SearchIndex | null {
  if (!isRecord(data)) return null;
  const docs = data.docs;
  return isArrayOf(docs, isSearchDoc) ? { docs } : null;
}
