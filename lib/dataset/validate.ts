import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
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
  type Organisation,
  type Topic,
} from "./schema";
import { deriveEvidence, sourceIndex, statusAllowed, type SourceIndex } from "../trust/evidence";
import type { RawDataset, RawFile } from "./read-files";
import { checkPhrases } from "./validate-phrases";
import { checkComparison } from "./validate-comparison";
import { checkWording } from "./validate-wording";

/** One problem in the data, precise enough to fix without searching. */
export type DataError = { file: string; id: string; field: string; message: string };

export function formatError(e: DataError): string {
  return `${e.file} › ${e.id} › ${e.field}: ${e.message}`;
}

/** Route segments an audience id must not take, since /[audience] shares the root. */
const RESERVED_IDS = new Set(["api", "channels", "check", "compose", "help", "search", "sources", "_next"]);

const emailFormat = z.email();
const urlFormat = z.url({ protocol: /^https?$/ });

type Parsed<T> = { file: string; value: T };

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

function checkChannelValue(file: string, c: Channel, errors: DataError[]): void {
  const err = (field: string, message: string) => errors.push({ file, id: c.id, field, message });
  if (c.value === undefined && c.location === undefined) {
    err("value", "нужен value или location: как найти этот канал");
  }
  const v = c.value;
  switch (c.kind) {
    case "phone": {
      if (v === undefined) break;
      const parsed = parsePhoneNumberFromString(v);
      if (!/^\+\d{8,15}$/.test(v)) err("value", `телефон должен быть в формате E.164 (+78002347000), а не «${v}»`);
      else if (!parsed || !parsed.isValid()) err("value", `номер «${v}» не распознаётся как действующий формат`);
      break;
    }
    case "email":
      if (v === undefined) err("value", "у канала-почты должен быть адрес");
      else if (!emailFormat.safeParse(v).success || v.includes("[email")) err("value", `некорректный адрес «${v}»`);
      else if (v !== v.toLowerCase()) err("value", `адрес записывается строчными буквами: «${v.toLowerCase()}»`);
      break;
    case "website":
    case "knowledge-base":
      if (v === undefined) err("value", `у канала «${c.kind}» должен быть URL`);
      else if (!urlFormat.safeParse(v).success) err("value", `некорректный URL «${v}»`);
      break;
    // A form inside a cabinet or under help articles has no address of its own, only a location.
    case "web-form":
    case "chat":
    case "app":
    case "social":
    case "messenger":
      if (v !== undefined && !urlFormat.safeParse(v).success) err("value", `некорректный URL «${v}»`);
      break;
    case "postal-address":
      if (v === undefined) err("value", "у почтового адреса должен быть адрес");
      break;
  }
}

type Known = {
  audiences: Set<string>;
  sources: SourceIndex;
  channels: Map<string, Channel>;
  organisations: Map<string, Organisation>;
};

/** Whose a channel is decides whether it may be shown as Ozon's; its claims decide the rest of its status. */
function checkOwnership(c: Channel, ids: Known, err: (field: string, message: string) => void): void {
  const owner = ids.organisations.get(c.organisation);
  if (!owner) return err("organisation", `нет организации «${c.organisation}»`);
  if (c.status === "third-party" && owner.isOzon) {
    return err("status", `канал принадлежит ${owner.genitive}: статус third-party здесь неверен`);
  }
  if (c.status !== "third-party" && !owner.isOzon) {
    return err("status", `канал ${owner.genitive}, а не Ozon: нужен статус third-party`);
  }
  const evidence = deriveEvidence(c, ids.sources, owner);
  if (!statusAllowed(c.status, evidence.status)) {
    err(
      "status",
      `статус ${c.status} говорит больше, чем источники: по правилам выходит ${evidence.status} (правило «${evidence.rule}»)`,
    );
  }
}

function checkChannel(file: string, c: Channel, ids: Known, errors: DataError[]): void {
  const err = (field: string, message: string) => errors.push({ file, id: c.id, field, message });
  const expectedFile = `data/channels/${c.id}.json`;
  if (file !== expectedFile) err("id", `имя файла должно совпадать с id: ожидается ${expectedFile}`);
  checkChannelValue(file, c, errors);
  c.audiences.forEach((a, i) => {
    if (!ids.audiences.has(a)) err(`audiences.${i}`, `нет аудитории «${a}»`);
  });
  c.claims.forEach((cl, i) => {
    if (!ids.sources.has(cl.source)) err(`claims.${i}.source`, `нет источника «${cl.source}»`);
    if (cl.instead !== undefined && !ids.channels.has(cl.instead))
      err(`claims.${i}.instead`, `нет канала «${cl.instead}»`);
    if (cl.stance === "lists-other" && cl.instead === undefined) {
      err(`claims.${i}.instead`, "у «lists-other» нужен instead: какой контакт источник даёт на этом месте");
    }
  });
  // A schedule or a time is attributed to a source; one that names no such channel cannot be its witness.
  const witnesses = new Set(c.claims.filter((cl) => cl.stance !== "not-mentioned").map((cl) => cl.source));
  const cite = (field: string, id: string) => {
    if (!ids.sources.has(id)) err(field, `нет источника «${id}»`);
    else if (!witnesses.has(id))
      err(
        field,
        `источник «${id}» этот канал не называет (в claims нет его утверждения о канале): приписать ему это нельзя`,
      );
  };
  c.responseTimes.forEach((r, i) => cite(`responseTimes.${i}.source`, r.source));
  c.hours?.staffing.forEach((s, i) => {
    s.sources.forEach((id, j) => cite(`hours.staffing.${i}.sources.${j}`, id));
  });
  if (c.status === "discontinued" && c.replacedBy === undefined) {
    err("replacedBy", "у неработающего канала должна быть замена");
  } else if (c.replacedBy !== undefined && c.status !== "discontinued" && c.status !== "disputed") {
    err("replacedBy", `replacedBy допустим только у статусов discontinued и disputed, а здесь ${c.status}`);
  }
  if (c.replacedBy !== undefined) {
    const target = ids.channels.get(c.replacedBy);
    if (!target) err("replacedBy", `нет канала «${c.replacedBy}»`);
    else if (target.status !== "active") err("replacedBy", `замена «${c.replacedBy}» сама не в статусе active`);
    if (!c.claims.some((cl) => cl.instead === c.replacedBy)) {
      err("replacedBy", `ни один источник не называет «${c.replacedBy}» вместо этого канала`);
    }
  }
  checkOwnership(c, ids, err);
}

/** A phone or email is a contact's identity; several chats may share one site URL. */
function checkChannelValuesUnique(channels: Parsed<Channel>[], errors: DataError[]): void {
  const seen = new Map<string, string>();
  for (const { file, value: c } of channels) {
    if (c.value === undefined || (c.kind !== "phone" && c.kind !== "email")) continue;
    const key = `${c.kind}:${c.value.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({ file, id: c.id, field: "value", message: `то же значение уже у канала ${first}` });
    else seen.set(key, c.id);
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

export function validateDataset(raw: RawDataset): ValidationResult {
  const errors: DataError[] = [];
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
  const guidanceData = parseJson(raw.guidance, errors);
  const guidanceValue =
    guidanceData === undefined ? undefined : parseRecord(guidance, guidanceData, raw.guidance.file, "guidance", errors);
  const comparisonFile = raw.marketplaceComparison.file;
  const comparisonData = parseJson(raw.marketplaceComparison, errors);
  const comparison =
    comparisonData === undefined
      ? undefined
      : parseRecord(marketplaceComparison, comparisonData, comparisonFile, "marketplaceComparison", errors);

  for (const list of [organisations, audiences, sources, topics, channels]) checkUnique(list, errors);
  checkSorted(organisations, (o) => o.id, "id", errors);
  checkSorted(sources, (s) => s.id, "id", errors);
  checkSorted(audiences, (a) => a.order, "order", errors);

  const audienceIds = new Set(audiences.map((a) => a.value.id));
  const audienceOrder = new Map(audiences.map((a) => [a.value.id, a.value.order]));
  const sourceIds = new Set(sources.map((s) => s.value.id));
  const sourceFacts = sourceIndex(sources.map((s) => s.value));
  const channelMap = new Map(channels.map((c) => [c.value.id, c.value]));

  for (const { file, value: a } of audiences) {
    if (RESERVED_IDS.has(a.id))
      errors.push({ file, id: a.id, field: "id", message: "id совпадает со служебным адресом сайта" });
    if (!channels.some((c) => c.value.audiences.includes(a.id) && c.value.status !== "third-party")) {
      errors.push({ file, id: a.id, field: "id", message: "у аудитории нет ни одного канала Ozon" });
    }
    if (!topics.some((t) => t.value.audience === a.id)) {
      errors.push({ file, id: a.id, field: "id", message: "у аудитории нет ни одной темы" });
    }
  }

  const ids: Known = {
    audiences: audienceIds,
    sources: sourceFacts,
    channels: channelMap,
    organisations: new Map(organisations.map((o) => [o.value.id, o.value])),
  };
  for (const { file, value } of channels) checkChannel(file, value, ids, errors);
  checkChannelValuesUnique(channels, errors);

  checkSorted(
    topics,
    (t) => `${String(audienceOrder.get(t.audience) ?? 0).padStart(3, "0")}:${String(t.order).padStart(3, "0")}`,
    "порядку аудитории, затем order",
    errors,
  );
  for (const { file, value: t } of topics) {
    const err = (field: string, message: string) => errors.push({ file, id: t.id, field, message });
    if (!audienceIds.has(t.audience)) err("audience", `нет аудитории «${t.audience}»`);
    t.channels.forEach((tc, i) => {
      const target = channelMap.get(tc.channel);
      if (!target) err(`channels.${i}.channel`, `нет канала «${tc.channel}»`);
      else if (target.status === "third-party" || target.status === "discontinued") {
        err(`channels.${i}.channel`, `тема не может советовать канал в статусе ${target.status}: «${tc.channel}»`);
      }
    });
  }

  errors.push(
    ...checkWording({
      channels,
      topics,
      audiences,
      guidance: guidanceValue && { file: raw.guidance.file, value: guidanceValue },
      comparison: comparison && { file: comparisonFile, value: comparison },
    }),
  );

  const comparisonPhrases = comparison
    ? [{ file: comparisonFile, value: { id: "marketplaceComparison", phrases: comparison.phrases } }]
    : [];
  errors.push(
    ...checkPhrases(
      [...organisations, ...audiences, ...topics, ...channels, ...comparisonPhrases],
      raw.guidance.file,
      guidanceValue,
    ),
  );
  if (comparison) errors.push(...checkComparison(comparisonFile, comparison, { ...ids, sources: sourceIds }));
  if (guidanceValue) {
    const file = raw.guidance.file;
    guidanceValue.sources.forEach((s, i) => {
      if (!sourceIds.has(s))
        errors.push({ file, id: "guidance", field: `sources.${i}`, message: `нет источника «${s}»` });
    });
    checkSellerCategories(topics, { file, value: guidanceValue.sellerForm }, errors);
    guidanceValue.facts.forEach((f, i) => {
      const at = (field: string, message: string) =>
        errors.push({ file, id: `guidance.facts.${f.id}`, field: `facts.${i}.${field}`, message });
      f.sources.forEach((s, j) => {
        if (!sourceIds.has(s)) at(`sources.${j}`, `нет источника «${s}»`);
      });
      f.audiences.forEach((a, j) => {
        if (!audienceIds.has(a)) at(`audiences.${j}`, `нет аудитории «${a}»`);
      });
    });
    guidanceValue.sla.forEach((r, i) => {
      if (!sourceIds.has(r.source))
        errors.push({ file, id: "guidance", field: `sla.${i}.source`, message: `нет источника «${r.source}»` });
    });
  }

  const directory: Directory | undefined =
    errors.length === 0 && guidanceValue && comparison
      ? {
          organisations: organisations.map((o) => o.value),
          audiences: audiences.map((a) => a.value),
          sources: sources.map((s) => s.value),
          topics: topics.map((t) => t.value),
          channels: channels.map((c) => c.value).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)),
          guidance: guidanceValue,
          marketplaceComparison: comparison,
        }
      : undefined;
  return { directory, errors };
}
