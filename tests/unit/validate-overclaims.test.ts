import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset, type RawDataset, type RawFile } from "@/lib/dataset/read-files";
import { formatError, validateDataset } from "@/lib/dataset/validate";
import { audience, channel, guidance, topic, type Channel } from "@/lib/dataset/schema";

/**
 * A deliberately broken copy of the real dataset that brings back the audits' overclaims (issues 13 and 26):
 * the validator must list every one of them in one run, naming file › record › field.
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
  editChannel(raw, "seller-messengers", (c) => {
    c.status = "active";
  });
  // 1. Attributed to a source that does not say it: the copy of the contacts page only has a heading.
  editChannel(raw, "buyer-support-chat", (c) => {
    c.hours?.staffing.push({ who: "operators", schedule: { type: "always" }, sources: ["ozon-corporate-contacts"] });
  });
  // 3. A stance of `lists` for a source that names no group.
  editChannel(raw, "ozon-vk", (c) => {
    const general = c.claims.find((cl) => cl.source === "support-overview");
    if (general) general.stance = "lists";
  });
  // A typed attribution.
  editChannel(raw, "turbo-pvz-app", (c) => {
    c.verdict = "По официальной странице приложение работает.";
  });
  editChannel(raw, "hotline-8800", (c) => {
    c.summary = "Чат работает по всем источникам — пишите туда.";
  });
  // 4. Recency where nothing is dated.
  editChannel(raw, "ozon-app", (c) => {
    c.verdict = "Старые и новые статьи описывают чат одинаково.";
  });
  const topics = topic.array().parse(JSON.parse(raw.topics.text));
  const call = topics.find((t) => t.id === "buyer-call-human");
  if (call) call.description = "Номера из старых статей под вопросом.";
  raw.topics.text = serialize(topics);
  const audiences = audience.array().parse(JSON.parse(raw.audiences.text));
  const sellers = audiences.find((a) => a.id === "sellers");
  if (sellers) sellers.noPhone = "Раньше продавцы звонили на 8 800, теперь оператора нет.";
  raw.audiences.text = serialize(audiences);
  const guide = guidance.parse(JSON.parse(raw.guidance.text));
  const waits = guide.facts.find((f) => f.id === "phone-waits");
  if (waits) waits.text = "Даже когда линия 8 800 работала, ждать оператора приходилось долго.";
  raw.guidance.text = serialize(guide);
  return raw;
}

const attribution = (rule: string, what: string) =>
  `${what}: кто что говорит, сайт пишет сам рядом с утверждением (lib/trust/attribution.ts): в тексте оставьте только факт (правило «${rule}»)`;
const RECENCY = "у источников нет дат: ничего нельзя назвать старым, новым, прежним или ещё работающим";

describe("the validator on a broken copy of the dataset", () => {
  it("accepts the real dataset as it is", () => {
    expect(validateDataset(readDataset(path.join(process.cwd(), "data"))).errors).toEqual([]);
  });

  it("lists every overclaim at once, each as file › record › field", () => {
    const errors = validateDataset(brokenCopy()).errors.map(formatError);
    expect(errors.sort()).toEqual(
      [
        "data/channels/hotline-8800.json › hotline-8800 › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
        "data/channels/ethics-email-deloitte.json › ethics-email-deloitte › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
        "data/channels/seller-messengers.json › seller-messengers › status: статус active говорит больше, чем источники: по правилам выходит disputed (правило «unconfirmed»)",
        "data/channels/buyer-support-chat.json › buyer-support-chat › hours.staffing.2.sources.0: источник «ozon-corporate-contacts» этот канал не называет (в claims нет его утверждения о канале): приписать ему это нельзя",
        "data/channels/ozon-vk.json › ozon-vk › claims.3.says: утверждение говорит, что источник этот канал не называет: такой источник — «not-mentioned», и в подсчёт он не идёт (правило «names-no-channel»)",
        `data/channels/turbo-pvz-app.json › turbo-pvz-app › verdict: ${attribution("by-count", "ссылка на источники набрана вручную («по … статье/публикациям/источникам»)")}`,
        `data/channels/hotline-8800.json › hotline-8800 › summary: ${attribution("by-count", "ссылка на источники набрана вручную («по … статье/публикациям/источникам»)")}`,
        `data/channels/ozon-app.json › ozon-app › verdict: ${attribution("source-says", "источник назван подлежащим («статья пишет», «обзор называет»)")}`,
        `data/channels/ozon-app.json › ozon-app › verdict: «старый», «новый», «прежний», «актуальный»: ${RECENCY} (правило «old-new»)`,
        `data/topics.json › buyer-call-human › description: «старый», «новый», «прежний», «актуальный»: ${RECENCY} (правило «old-new»)`,
        `data/audiences.json › sellers › noPhone: «раньше», «теперь», «всё ещё», «больше не»: ${RECENCY} (правило «still-no-longer»)`,
        `data/guidance.json › guidance.facts.phone-waits › facts.10.text: «когда линия работала»: ${RECENCY} (правило «when-it-worked»)`,
      ].sort(),
    );
  });
});
