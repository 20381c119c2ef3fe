import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset, type RawDataset, type RawFile } from "@/lib/load-files";
import { formatError, validateDataset } from "@/lib/validate";
import { audience, channel, topic, type Channel } from "@/lib/schema";

/**
 * A deliberately broken copy of the real dataset that brings back the audit's overclaims (issue 13):
 * the validator must list every one of them in one run.
 */

const serialize = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

function editChannel(raw: RawDataset, id: string, edit: (c: Channel) => void): void {
  const file: RawFile | undefined = raw.channels.find((f) => f.file === `data/channels/${id}.json`);
  if (!file) throw new Error(`no file for ${id}`);
  const c = channel.parse(JSON.parse(file.text));
  edit(c);
  file.text = serialize(c);
}

function brokenCopy(): RawDataset {
  const raw = readDataset(path.join(process.cwd(), "data"));
  editChannel(raw, "hotline-8800", (c) => {
    c.status = "discontinued";
  });
  editChannel(raw, "ethics-email-deloitte", (c) => {
    c.status = "discontinued";
  });
  editChannel(raw, "ethics-site-deloitte", (c) => {
    c.status = "discontinued";
  });
  editChannel(raw, "seller-messengers", (c) => {
    c.status = "active";
  });
  editChannel(raw, "turbo-pvz-app", (c) => {
    c.verdict = "Приложение называют несколько независимых статей, и его подтверждает официальная страница Ozon.";
  });
  editChannel(raw, "ozon-telegram-bot", (c) => {
    c.verdict = "Источники расходятся: обзор маркетплейсов называет канал с ботом.";
  });
  editChannel(raw, "buyer-support-chat", (c) => {
    const operators = c.hours?.staffing[1];
    if (operators) operators.note = "Живые операторы — с 9:00 до 22:00 (по самой свежей статье).";
  });
  const topics = topic.array().parse(JSON.parse(raw.topics.text));
  const call = topics.find((t) => t.id === "buyer-call-human");
  if (call) call.description = "По новейшим сведениям линия 8 800 отключена.";
  raw.topics.text = serialize(topics);
  const audiences = audience.array().parse(JSON.parse(raw.audiences.text));
  const sellers = audiences.find((a) => a.id === "sellers");
  if (sellers) sellers.noPhone = "Старые статьи приводили номер 8 800, но его отключили.";
  raw.audiences.text = serialize(audiences);
  return raw;
}

describe("the validator on a broken copy of the dataset", () => {
  it("accepts the real dataset as it is", () => {
    expect(validateDataset(readDataset(path.join(process.cwd(), "data"))).errors).toEqual([]);
  });

  it("lists every overclaim at once", () => {
    const errors = validateDataset(brokenCopy()).errors.map(formatError);
    const undated = "источники не датированы: текст не может называть один из них новее или старше";
    expect(errors.sort()).toEqual(
      [
        "data/channels/hotline-8800.json › hotline-8800 › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
        "data/channels/ethics-email-deloitte.json › ethics-email-deloitte › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
        "data/channels/ethics-site-deloitte.json › ethics-site-deloitte › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
        "data/channels/seller-messengers.json › seller-messengers › status: статус active говорит больше, чем источники: по правилам выходит disputed (правило «unconfirmed»)",
        "data/channels/ozon-telegram-bot.json › ozon-telegram-bot › verdict: текст говорит, что источники расходятся, а они не расходятся",
        "data/channels/turbo-pvz-app.json › turbo-pvz-app › verdict: текст ссылается на официальную страницу, а среди источников канала её нет",
        "data/channels/turbo-pvz-app.json › turbo-pvz-app › verdict: текст говорит о независимых источниках, а по правилам их меньше двух",
        `data/channels/buyer-support-chat.json › buyer-support-chat › hours.staffing.1.note: ${undated}`,
        `data/topics.json › buyer-call-human › description: ${undated}`,
        `data/audiences.json › sellers › noPhone: ${undated}`,
      ].sort(),
    );
  });
});
