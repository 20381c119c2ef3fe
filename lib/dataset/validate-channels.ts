import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { Channel } from "./schema";
import { deriveEvidence, statusAllowed } from "../trust/evidence";
import { checkRefs, missing, type Known, type Parsed, type Report } from "./references";
import type { DataError } from "./validate";

/** What one channel record must be beyond its schema: a value of its kind, known references, a status its claims allow. */

const emailFormat = z.email();
const urlFormat = z.url({ protocol: /^https?$/ });

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

/** Whose a channel is decides whether it may be shown as Ozon's; its claims decide the rest of its status. */
function checkOwnership(c: Channel, ids: Known, err: Report): void {
  const owner = ids.organisations.get(c.organisation);
  if (!owner) return err("organisation", missing("organisation", c.organisation));
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

export function checkChannel(file: string, c: Channel, ids: Known, errors: DataError[]): void {
  const err = (field: string, message: string) => errors.push({ file, id: c.id, field, message });
  const expectedFile = `data/channels/${c.id}.json`;
  if (file !== expectedFile) err("id", `имя файла должно совпадать с id: ожидается ${expectedFile}`);
  checkChannelValue(file, c, errors);
  checkRefs("audience", ids.audiences, c.audiences, "audiences", err);
  c.claims.forEach((cl, i) => {
    if (!ids.sources.has(cl.source)) err(`claims.${i}.source`, missing("source", cl.source));
    if (cl.instead !== undefined && !ids.channels.has(cl.instead))
      err(`claims.${i}.instead`, missing("channel", cl.instead));
    if (cl.stance === "lists-other" && cl.instead === undefined) {
      err(`claims.${i}.instead`, "у «lists-other» нужен instead: какой контакт источник даёт на этом месте");
    }
  });
  // A schedule or a time is attributed to a source; one that names no such channel cannot be its witness.
  const witnesses = new Set(c.claims.filter((cl) => cl.stance !== "not-mentioned").map((cl) => cl.source));
  const cite = (field: string, id: string) => {
    if (!ids.sources.has(id)) err(field, missing("source", id));
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
    if (!target) err("replacedBy", missing("channel", c.replacedBy));
    else if (target.status !== "active") err("replacedBy", `замена «${c.replacedBy}» сама не в статусе active`);
    if (!c.claims.some((cl) => cl.instead === c.replacedBy)) {
      err("replacedBy", `ни один источник не называет «${c.replacedBy}» вместо этого канала`);
    }
  }
  checkOwnership(c, ids, err);
}

/** A phone or email is a contact's identity; several chats may share one site URL. */
export function checkChannelValuesUnique(channels: Parsed<Channel>[], errors: DataError[]): void {
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
