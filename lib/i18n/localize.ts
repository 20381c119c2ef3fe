import type { Audience, Channel, ComparisonAnswer, Fact, Guidance, Organisation, Topic } from "../dataset/schema";
import type { Locale } from "./locale";

type SellerCategory = Guidance["sellerForm"]["categories"][number];

/** The validator has listed every English text a page needs; a page built without one fails the build here. */
function english<T>(record: { id: string; en?: T }): T {
  if (!record.en) throw new Error(`${record.id} has no English texts`);
  return record.en;
}

function at<T>(list: readonly T[], i: number, what: string): T {
  const item = list[i];
  if (item === undefined) throw new Error(`English ${what} ${i} is missing`);
  return item;
}

/** A channel with its texts in the page's language; values, hours and claims' sources stay as they are. */
export function channelIn(locale: Locale, c: Channel): Channel {
  if (locale === "ru") return c;
  const en = english(c);
  return {
    ...c,
    title: en.title,
    summary: en.summary,
    verdict: en.verdict,
    handles: en.handles,
    cannotHelp: en.cannotHelp,
    prepare: en.prepare,
    location: c.location === undefined ? undefined : (en.location ?? c.location),
    steps: c.steps.map((s, i) => ({ ...s, items: at(en.steps, i, `steps of ${c.id}`) })),
    claims: c.claims.map((claim, i) => ({ ...claim, says: at(en.claims, i, `claim of ${c.id}`) })),
    hours: c.hours && {
      ...c.hours,
      note: c.hours.note === undefined ? undefined : en.hoursNote,
      staffing: c.hours.staffing.map((s, i) => ({
        ...s,
        note: s.note === undefined ? undefined : (en.staffingNotes?.[i] ?? undefined),
      })),
    },
    responseTimes: c.responseTimes.map((r, i) => ({
      ...r,
      context: r.context === undefined ? undefined : (en.responseContexts?.[i] ?? undefined),
    })),
  };
}

export function topicIn(locale: Locale, t: Topic): Topic {
  if (locale === "ru") return t;
  const en = english(t);
  return {
    ...t,
    title: en.title,
    answer: en.answer,
    description: en.description,
    prepare: en.prepare,
    channels: t.channels.map((tc, i) => ({ ...tc, reason: at(en.reasons, i, `reason of ${t.id}`) })),
  };
}

export function audienceIn(locale: Locale, a: Audience): Audience {
  if (locale === "ru") return a;
  const en = english(a);
  return { ...a, title: en.title, label: en.label, description: en.description, noPhone: en.noPhone };
}

export function factIn(locale: Locale, f: Fact): Fact {
  return locale === "ru" ? f : { ...f, text: english(f).text };
}

/** In English a company is named the same way in every position, so its genitive is its name. */
export function organisationIn(locale: Locale, o: Organisation): Organisation {
  if (locale === "ru") return o;
  const { name } = english(o);
  return { ...o, name, genitive: name };
}

/** The advice lists the English composer shows (writing tips, mistakes, what to do when no answer comes). */
export function guidanceIn<G extends Pick<Guidance, "writing" | "mistakes" | "noAnswer" | "en">>(
  locale: Locale,
  g: G,
): G {
  if (locale === "ru") return g;
  if (!g.en) throw new Error("guidance has no English texts");
  return { ...g, writing: g.en.writing, mistakes: g.en.mistakes, noAnswer: g.en.noAnswer };
}

export function sellerCategoryIn(locale: Locale, c: SellerCategory): SellerCategory {
  if (locale === "ru") return c;
  const en = english(c);
  return { ...c, title: en.title, examples: en.examples };
}

export function answerIn(locale: Locale, a: ComparisonAnswer): ComparisonAnswer {
  if (locale === "ru") return a;
  if (!a.en) throw new Error("a comparison answer has no English texts");
  return { ...a, short: a.en.short, details: a.en.details };
}
