import type { Audience, Channel, Guidance, MarketplaceComparison, Topic } from "./schema";
import { wordingProblems, type WordingKind } from "../trust/wording";

import type { Parsed } from "./references";
import type { DataError } from "./validate";

type Text = [field: string, text: string | undefined];

/** Free text states facts and says what to do; claims say what one source did, so only their stance is checked. */
const FREE: readonly WordingKind[] = ["attribution", "recency"];

const list = (field: string, items: readonly string[]): Text[] => items.map((t, i) => [`${field}.${i}`, t]);

function channelTexts(c: Channel): Text[] {
  return [
    ["title", c.title],
    ["summary", c.summary],
    ["verdict", c.verdict],
    ["location", c.location],
    ...list("handles", c.handles),
    ...list("cannotHelp", c.cannotHelp),
    ...list("prepare", c.prepare),
    ["hours.note", c.hours?.note],
    ...(c.hours?.staffing.map((s, i): Text => [`hours.staffing.${i}.note`, s.note]) ?? []),
    ...c.responseTimes.map((r, i): Text => [`responseTimes.${i}.context`, r.context]),
    ...c.steps.flatMap((s, i) => list(`steps.${i}.items`, s.items)),
  ];
}

function topicTexts(t: Topic): Text[] {
  return [
    ["title", t.title],
    ["answer", t.answer],
    ["description", t.description],
    ...t.channels.map((tc, i): Text => [`channels.${i}.reason`, tc.reason]),
    ...list("prepare", t.prepare),
  ];
}

function audienceTexts(a: Audience): Text[] {
  return [
    ["title", a.title],
    ["label", a.label],
    ["description", a.description],
    ["noPhone", a.noPhone],
  ];
}

function guidanceTexts(g: Guidance): Array<[id: string, ...Text]> {
  const at = (texts: Text[]): Array<[string, ...Text]> => texts.map((t) => ["guidance", ...t]);
  return [
    ...at(list("prepare", g.prepare)),
    ...at(list("writing", g.writing)),
    ...at(list("sellerForm.steps", g.sellerForm.steps)),
    ...at(g.sellerForm.fields.map((f, i): Text => [`sellerForm.fields.${i}.hint`, f.hint])),
    ...at(g.sellerForm.categories.flatMap((c, i) => list(`sellerForm.categories.${i}.examples`, c.examples))),
    ...at(list("sellerForm.evidence", g.sellerForm.evidence)),
    ...at(g.sla.map((r, i): Text => [`sla.${i}.context`, r.context])),
    ...at(list("noAnswer", g.noAnswer)),
    ...at(list("mistakes", g.mistakes)),
    ...g.facts.map((f, i): [string, ...Text] => [`guidance.facts.${f.id}`, `facts.${i}.text`, f.text]),
  ];
}

function comparisonTexts(m: MarketplaceComparison): Text[] {
  return m.marketplaces.flatMap((mp, i) =>
    (["call", "chatHours", "officialEmail", "withoutCabinet", "speed", "quality"] as const).flatMap((q): Text[] => [
      [`marketplaces.${i}.${q}.short`, mp[q].short],
      [`marketplaces.${i}.${q}.details`, mp[q].details],
    ]),
  );
}

export interface WordingInput {
  channels: Parsed<Channel>[];
  topics: Parsed<Topic>[];
  audiences: Parsed<Audience>[];
  guidance?: Parsed<Guidance>;
  comparison?: Parsed<MarketplaceComparison>;
}

/** Every typed attribution, recency word and stance that counts a source which names no channel. */
export function checkWording(input: WordingInput): DataError[] {
  const errors: DataError[] = [];
  const check = (file: string, id: string, texts: Text[], kinds: readonly WordingKind[]) => {
    for (const [field, text] of texts) {
      if (text === undefined) continue;
      for (const p of wordingProblems(text, kinds)) errors.push({ file, id, field, message: p.message });
    }
  };
  for (const { file, value: c } of input.channels) {
    check(file, c.id, channelTexts(c), FREE);
    const named = c.claims.map((cl, i): Text => [
      `claims.${i}.says`,
      cl.stance === "not-mentioned" ? undefined : cl.says,
    ]);
    check(file, c.id, named, ["unnamed"]);
  }
  for (const { file, value: t } of input.topics) check(file, t.id, topicTexts(t), FREE);
  for (const { file, value: a } of input.audiences) check(file, a.id, audienceTexts(a), FREE);
  if (input.guidance) {
    const { file, value } = input.guidance;
    for (const [id, field, text] of guidanceTexts(value)) check(file, id, [[field, text]], FREE);
  }
  if (input.comparison)
    check(input.comparison.file, "marketplaceComparison", comparisonTexts(input.comparison.value), FREE);
  return errors;
}
