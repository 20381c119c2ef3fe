import { z } from "zod";
import {
  audience,
  channel,
  guidance,
  marketplaceComparison,
  organisation,
  source,
  topic,
  type Channel,
  type Directory,
  type Guidance,
  type Topic,
} from "./schema";
import { sourceIndex } from "../trust/evidence";
import type { RawDataset, RawFile } from "./read-files";
import { checkPhrases } from "./validate-phrases";
import { checkComparison } from "./validate-comparison";
import { checkWording } from "./validate-wording";
import { checkRefs, missing, type Known, type Parsed, type Report } from "./references";
import { checkChannel, checkChannelValuesUnique } from "./validate-channels";
import { checkEnglish } from "./validate-english";

/** One problem in the data, precise enough to fix without searching. */
export type DataError = { file: string; id: string; field: string; message: string };

export function formatError(e: DataError): string {
  return `${e.file} › ${e.id} › ${e.field}: ${e.message}`;
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? issue.path.map(String).join(".") : "(запись)";
}

function recordId(value: unknown, fallback: string): string {
  if (typeof value === "object" && value !== null && "id" in value && typeof value.id === "string") {
    return value.id;
  }
  return fallback;
}

function parseJson(raw: RawFile, errors: DataError[]): unknown {
  if (raw.text === "") {
    errors.push({ file: raw.file, id: "-", field: "(файл)", message: "файл не найден или пуст" });
    return undefined;
  }
  try {
    return JSON.parse(raw.text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    errors.push({ file: raw.file, id: "-", field: "(файл)", message: `некорректный JSON: ${message}` });
    return undefined;
  }
}

function parseRecord<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  fallbackId: string,
  errors: DataError[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const id = recordId(data, fallbackId);
  for (const issue of result.error.issues) {
    errors.push({ file, id, field: pathOf(issue), message: issue.message });
  }
  return undefined;
}

function parseList<T>(schema: z.ZodType<T>, raw: RawFile, errors: DataError[]): Parsed<T>[] {
  const data = parseJson(raw, errors);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    errors.push({ file: raw.file, id: "-", field: "(файл)", message: "ожидается массив записей" });
    return [];
  }
  const out: Parsed<T>[] = [];
  data.forEach((item: unknown, index) => {
    const value = parseRecord(schema, item, raw.file, `#${index}`, errors);
    if (value !== undefined) out.push({ file: raw.file, value });
  });
  return out;
}

function checkUnique(items: Parsed<{ id: string }>[], errors: DataError[]): void {
  const seen = new Map<string, string>();
  for (const { file, value } of items) {
    const first = seen.get(value.id);
    if (first !== undefined) {
      errors.push({ file, id: value.id, field: "id", message: `id повторяется (уже есть в ${first})` });
    } else {
      seen.set(value.id, file);
    }
  }
}

function checkSorted<T extends { id: string }>(
  items: Parsed<T>[],
  key: (item: T) => string | number,
  what: string,
  errors: DataError[],
): void {
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    if (prev && cur && key(prev.value) > key(cur.value)) {
      errors.push({
        file: cur.file,
        id: cur.value.id,
        field: "(порядок)",
        message: `записи должны идти по ${what}: ${cur.value.id} стоит после ${prev.value.id}`,
      });
    }
  }
}

/** Each category of the seller's form is described once, and every category a topic names is described. */
function checkSellerCategories(topics: Parsed<Topic>[], form: Parsed<Guidance["sellerForm"]>, errors: DataError[]) {
  const described = new Set<string>();
  form.value.categories.forEach((c, i) => {
    if (described.has(c.id))
      errors.push({
        file: form.file,
        id: "guidance",
        field: `sellerForm.categories.${i}.id`,
        message: `категория «${c.id}» описана дважды`,
      });
    described.add(c.id);
  });
  for (const { file, value: t } of topics) {
    t.channels.forEach((tc, i) => {
      if (tc.category !== undefined && !described.has(tc.category))
        errors.push({
          file,
          id: t.id,
          field: `channels.${i}.category`,
          message: `категория «${tc.category}» не описана в ${form.file} (sellerForm.categories)`,
        });
    });
  }
}

export type ValidationResult = { directory: Directory | undefined; errors: DataError[] };

/** Every file parsed against its schema; what fails is reported and left out, so the checks below still run. */
function parseAll(raw: RawDataset, errors: DataError[]) {
  const organisations = parseList(organisation, raw.organisations, errors);
  const audiences = parseList(audience, raw.audiences, errors);
  const sources = parseList(source, raw.sources, errors);
  const topics = parseList(topic, raw.topics, errors);
  const channels: Parsed<Channel>[] = [];
  for (const rawChannel of raw.channels) {
    const data = parseJson(rawChannel, errors);
    if (data === undefined) continue;
    const fallback = rawChannel.file.replace(/^.*\//, "").replace(/\.json$/, "");
    const value = parseRecord(channel, data, rawChannel.file, fallback, errors);
    if (value !== undefined) channels.push({ file: rawChannel.file, value });
  }
  const single = <T>(schema: z.ZodType<T>, file: RawFile, id: string): Parsed<T> | undefined => {
    const data = parseJson(file, errors);
    const value = data === undefined ? undefined : parseRecord(schema, data, file.file, id, errors);
    return value === undefined ? undefined : { file: file.file, value };
  };
  const guidanceFile = single(guidance, raw.guidance, "guidance");
  const comparison = single(marketplaceComparison, raw.marketplaceComparison, "marketplaceComparison");
  return { organisations, audiences, sources, topics, channels, guidance: guidanceFile, comparison };
}

type ParsedDataset = ReturnType<typeof parseAll>;

/** Each audience lives at /<id>, has an Ozon channel and a topic. */
function checkAudiences(data: ParsedDataset, rootSegments: readonly string[], errors: DataError[]): void {
  const reserved = new Set(rootSegments);
  for (const { file, value: a } of data.audiences) {
    const err: Report = (field, message) => errors.push({ file, id: a.id, field, message });
    if (reserved.has(a.id)) err("id", `id совпадает с адресом, который сайт уже занимает: /${a.id}`);
    if (!data.channels.some((c) => c.value.audiences.includes(a.id) && c.value.status !== "third-party")) {
      err("id", "у аудитории нет ни одного канала Ozon");
    }
    if (!data.topics.some((t) => t.value.audience === a.id)) err("id", "у аудитории нет ни одной темы");
    const within = a.within?.audience;
    if (within !== undefined && (within === a.id || !data.audiences.some((b) => b.value.id === within))) {
      err("within.audience", within === a.id ? "аудитория не может уточнять саму себя" : missing("audience", within));
    }
  }
}

/** Topics come in the audiences' order and advise only channels that exist and can still help. */
function checkTopics(data: ParsedDataset, ids: Known, errors: DataError[]): void {
  const audienceOrder = new Map(data.audiences.map((a) => [a.value.id, a.value.order]));
  checkSorted(
    data.topics,
    (t) => `${String(audienceOrder.get(t.audience) ?? 0).padStart(3, "0")}:${String(t.order).padStart(3, "0")}`,
    "порядку аудитории, затем order",
    errors,
  );
  for (const { file, value: t } of data.topics) {
    const err: Report = (field, message) => errors.push({ file, id: t.id, field, message });
    if (!ids.audiences.has(t.audience)) err("audience", missing("audience", t.audience));
    t.channels.forEach((tc, i) => {
      const target = ids.channels.get(tc.channel);
      if (!target) err(`channels.${i}.channel`, missing("channel", tc.channel));
      else if (target.status === "third-party" || target.status === "discontinued") {
        err(`channels.${i}.channel`, `тема не может советовать канал в статусе ${target.status}: «${tc.channel}»`);
      }
    });
  }
}

/** What guidance.json cites and names exists. */
function checkGuidance(guidanceFile: Parsed<Guidance>, data: ParsedDataset, ids: Known, errors: DataError[]): void {
  const { file, value } = guidanceFile;
  const err: Report = (field, message) => errors.push({ file, id: "guidance", field, message });
  checkRefs("source", ids.sources, value.sources, "sources", err);
  checkSellerCategories(data.topics, { file, value: value.sellerForm }, errors);
  value.facts.forEach((f, i) => {
    const at: Report = (field, message) =>
      errors.push({ file, id: `guidance.facts.${f.id}`, field: `facts.${i}.${field}`, message });
    checkRefs("source", ids.sources, f.sources, "sources", at);
    checkRefs("audience", ids.audiences, f.audiences, "audiences", at);
  });
  value.sla.forEach((r, i) => {
    if (!ids.sources.has(r.source)) err(`sla.${i}.source`, missing("source", r.source));
  });
}

export function validateDataset(raw: RawDataset): ValidationResult {
  const errors: DataError[] = [];
  const data = parseAll(raw, errors);
  const { organisations, audiences, sources, topics, channels, guidance: guidanceFile, comparison } = data;

  for (const list of [organisations, audiences, sources, topics, channels]) checkUnique(list, errors);
  checkSorted(organisations, (o) => o.id, "id", errors);
  checkSorted(sources, (s) => s.id, "id", errors);
  checkSorted(audiences, (a) => a.order, "order", errors);

  const ids: Known = {
    audiences: new Set(audiences.map((a) => a.value.id)),
    sources: sourceIndex(sources.map((s) => s.value)),
    channels: new Map(channels.map((c) => [c.value.id, c.value])),
    organisations: new Map(organisations.map((o) => [o.value.id, o.value])),
  };
  checkAudiences(data, raw.rootSegments, errors);
  for (const { file, value } of channels) checkChannel(file, value, ids, errors);
  checkChannelValuesUnique(channels, errors);
  checkTopics(data, ids, errors);

  errors.push(...checkWording({ channels, topics, audiences, guidance: guidanceFile, comparison }));
  const comparisonPhrases = comparison
    ? [{ file: comparison.file, value: { id: "marketplaceComparison", phrases: comparison.value.phrases } }]
    : [];
  errors.push(
    ...checkPhrases(
      [...organisations, ...audiences, ...topics, ...channels, ...comparisonPhrases],
      raw.guidance.file,
      guidanceFile?.value,
    ),
  );
  if (comparison) errors.push(...checkComparison(comparison.file, comparison.value, ids));
  if (guidanceFile) checkGuidance(guidanceFile, data, ids, errors);

  const assembled: Directory | undefined =
    guidanceFile && comparison
      ? {
          organisations: organisations.map((o) => o.value),
          audiences: audiences.map((a) => a.value),
          sources: sources.map((s) => s.value),
          topics: topics.map((t) => t.value),
          channels: channels.map((c) => c.value).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)),
          guidance: guidanceFile.value,
          marketplaceComparison: comparison.value,
        }
      : undefined;
  if (assembled) {
    const channelFiles = new Map(channels.map((c) => [c.value.id, c.file]));
    errors.push(
      ...checkEnglish(assembled, {
        channel: (id) => channelFiles.get(id) ?? "data/channels",
        audiences: raw.audiences.file,
        topics: raw.topics.file,
        guidance: raw.guidance.file,
        organisations: raw.organisations.file,
      }),
    );
  }
  const directory = errors.length === 0 ? assembled : undefined;
  return { directory, errors };
}
