import { z } from "zod";
import { normalize } from "../search/normalize";

/**
 * The one source of truth for the dataset's shape. Every type the app uses is
 * inferred from here; rules that need the whole dataset (references, unique
 * ids, parsing phone numbers) live in lib/dataset/validate.ts.
 */

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ожидается id в kebab-case: латиница, цифры и дефисы");

export const isoDate = z.iso.date();

/**
 * What people type to find a record: Russian, translit, English, common misspellings. Stored as
 * search normalises it (lowercase, е for ё, letters and digits separated by single spaces);
 * lib/dataset/validate-phrases.ts checks that and that no two records share one.
 */
const phrases = z.array(z.string().min(1));

/**
 * English versions of a record's texts. An audience with `en` has English pages (under /en); its topics,
 * its facts and every channel those pages show then need `en` too, and lib/dataset/validate-english.ts
 * lists each one missing as file › record › field. The Russian text stays the source of truth: an English
 * one says the same, with the same claims behind it. Lists run parallel to the Russian ones, item for item.
 * Values (numbers, addresses, links) are never translated.
 */
const englishText = z.string().min(1);
const englishList = z.array(englishText);

const channelEnglish = z.object({
  title: englishText,
  summary: englishText,
  verdict: englishText,
  handles: englishList,
  cannotHelp: englishList,
  prepare: englishList,
  /** Each step list's items, parallel to `steps`. */
  steps: z.array(englishList),
  /** What each source says, parallel to `claims`. */
  claims: englishList,
  location: englishText.optional(),
  /** `hours.note`, where the Russian has one. */
  hoursNote: englishText.optional(),
  /** Each staffing entry's note, parallel to `hours.staffing`; null where the Russian has none. */
  staffingNotes: z.array(englishText.nullable()).optional(),
  /** Each response time's context, parallel to `responseTimes`; null where the Russian has none. */
  responseContexts: z.array(englishText.nullable()).optional(),
});

const audienceEnglish = z.object({
  title: englishText,
  label: englishText,
  description: englishText,
  noPhone: englishText.optional(),
  /** What people type in English for the audience. */
  phrases,
});

const topicEnglish = z.object({
  title: englishText,
  answer: englishText,
  description: englishText,
  /** Why each channel, parallel to `channels`. */
  reasons: englishList,
  prepare: englishList,
  /** What people type in English for the topic. */
  phrases,
});

const factEnglish = z.object({ text: englishText });
const organisationEnglish = z.object({ name: englishText });
const categoryEnglish = z.object({ title: englishText, examples: englishList });
const comparisonAnswerEnglish = z.object({ short: englishText, details: englishText });
/** The advice the English composer shows, each list parallel to the Russian one. */
const guidanceEnglish = z.object({ writing: englishList, mistakes: englishList, noAnswer: englishList });

const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/, "время в формате ЧЧ:ММ");

export const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/** A daily window in Moscow time; `to` earlier than `from` means it runs past midnight. */
export const timeRange = z.object({
  days: z.array(weekday).min(1),
  from: timeOfDay,
  to: timeOfDay,
});

export const schedule = z.discriminatedUnion("type", [
  z.object({ type: z.literal("always") }),
  z.object({ type: z.literal("weekly"), ranges: z.array(timeRange).min(1) }),
]);

/**
 * Who answers on what schedule, by whose word. Sources that disagree on a schedule get one entry each
 * for the same `who`, so the page can show each schedule with the sources that state it.
 */
export const staffing = z.object({
  who: z.enum(["bot", "operators", "service"]),
  schedule,
  sources: z.array(kebabId).min(1),
  note: z.string().optional(),
});

export const hours = z.object({
  timeZone: z.literal("Europe/Moscow"),
  staffing: z.array(staffing).min(1),
  note: z.string().optional(),
});

export const timeUnit = z.enum(["minutes", "hours", "days", "business-days"]);

export const responseTime = z
  .object({
    /** Omitted when a source only gives an upper bound ("до 24 часов"). */
    from: z.number().nonnegative().optional(),
    to: z.number().nonnegative(),
    unit: timeUnit,
    /** "first-reply": until a person first answers; "answer": until a kind of request is answered or settled. */
    stage: z.enum(["first-reply", "answer"]),
    context: z.string().optional(),
    source: kebabId,
  })
  .refine((r) => r.from === undefined || r.from <= r.to, {
    message: "from не может быть больше to",
    path: ["from"],
  });

export const stepList = z.object({
  platform: z.enum(["web", "app", "phone", "email", "other"]),
  items: z.array(z.string().min(1)).min(1),
});

export const channelKind = z.enum([
  "phone",
  "email",
  "chat",
  "app",
  "web-form",
  "website",
  "knowledge-base",
  "social",
  "messenger",
  "postal-address",
]);

export const channelStatus = z.enum(["active", "discontinued", "disputed", "third-party"]);

/**
 * How sure the sources let us be of a channel's status; derived from its claims (lib/trust/evidence.ts), never
 * stored. conflict: sources disagree; official: an official Ozon page confirms; several: two or more
 * independent publications agree; single: one publication; advertiser: only an advertiser says so;
 * none: no source confirms it.
 */
export const confidenceLevel = z.enum(["conflict", "official", "several", "single", "advertiser", "none"]);

/**
 * Exactly what a source did about a channel: said it works, said it does not, listed it as a current
 * contact without comment, listed another contact in its place, or left it out.
 */
export const stance = z
  .enum(["says-works", "says-not-working", "lists", "lists-other", "not-mentioned"])
  .describe(
    "What the source did: says-works, says-not-working, lists (as a current contact, without comment), " +
      "lists-other (another contact in its place, named by `instead`), not-mentioned.",
  );

export const claim = z.object({
  source: kebabId,
  /** What the source says, in our own words. */
  says: z.string().min(1),
  stance,
  /** The channel the source gives in this one's place (with "lists-other", or where it says callers are sent). */
  instead: kebabId.optional(),
  /** When the source made the claim, if it says so. */
  date: isoDate.optional(),
});

/**
 * A company whose contacts the dataset holds: Ozon and its bank, and the others whose contacts the sources
 * print next to Ozon's (marketplaces, an advertiser). Only an Ozon organisation's channels may be shown as Ozon's.
 */
export const organisation = z.object({
  id: kebabId,
  /** «Яндекс Маркет» */
  name: z.string().min(1),
  /** The name after «номер»/«адрес»: «Яндекс Маркета», «компании СеллерМАРКЕТ». */
  genitive: z.string().min(1),
  isOzon: z.boolean(),
  en: organisationEnglish.optional(),
  /**
   * What people type for the company: its name in both alphabets, abbreviations, misspellings. Ozon's has
   * none (the brand is not a search word); another company's records come first only for a query naming it.
   */
  phrases,
});

export const channel = z.object({
  id: kebabId,
  kind: channelKind,
  title: z.string().min(1),
  phrases,
  /** Who answers: an id from organisations.json. */
  organisation: kebabId,
  /**
   * Phone in E.164, an email, a URL or a postal address, depending on kind.
   * In-app channels may have none and say where to find them instead.
   */
  value: z.string().min(1).optional(),
  location: z.string().min(1).optional(),
  audiences: z.array(kebabId).min(1),
  /** Lower comes first on audience pages. */
  rank: z.number().int().min(1),
  summary: z.string().min(1),
  handles: z.array(z.string().min(1)),
  cannotHelp: z.array(z.string().min(1)),
  prepare: z.array(z.string().min(1)),
  hours: hours.optional(),
  responseTimes: z.array(responseTime),
  cost: z.enum(["free", "regular-rate", "unknown"]),
  steps: z.array(stepList),
  status: channelStatus,
  replacedBy: kebabId.optional(),
  /** Why we believe the status, in Russian. */
  verdict: z.string().min(1),
  verifiedAt: isoDate,
  claims: z.array(claim).min(1),
  en: channelEnglish.optional(),
});

export const source = z.object({
  id: kebabId,
  title: z.string().min(1),
  kind: z.enum(["official", "article", "advertiser"]),
  /** The seed document the text came from. */
  document: z.string().min(1),
  /** Which part of the document, when it bundles several texts. */
  part: z.string().min(1).optional(),
  /**
   * The page the text appeared on. Texts bundled on one page count as one publication: they may copy one
   * another, so they are not independent witnesses.
   */
  publication: kebabId,
  publishedAt: isoDate.optional(),
  retrievedAt: isoDate,
  usedFor: z.string().min(1),
});

const signal = z
  .string()
  .refine((s) => s !== "" && normalize(s) === s, { error: "записано не так, как слова ищет поиск" });

export const audience = z.object({
  id: kebabId,
  title: z.string().min(1),
  /** "Я покупатель" style label for the home page. */
  label: z.string().min(1),
  description: z.string().min(1),
  order: z.number().int().min(1),
  /** Said plainly when there is no phone line for this audience. */
  noPhone: z.string().min(1).optional(),
  /** How many people it serves, in (0, 1]: breaks ties in search between equally good answers. */
  weight: z.number().gt(0).max(1),
  phrases,
  /**
   * Words in a query that say this audience is asking (its name, abbreviations such as «fbs», domains such
   * as «seller ozon ru», the things only it deals with), stored normalised like phrases. Search reads them
   * in every spelling it reads a query in, misspellings included; a recognised audience decides whose
   * answers may come first.
   */
  signals: z.array(signal),
  /**
   * Words that name this audience only when the query names `audience` as well: a cross-border seller is
   * a seller who says where from («продаю из Китая»), while a buyer says where a parcel comes from too
   * («посылка из Китая»).
   */
  within: z.object({ audience: kebabId, signals: z.array(signal).min(1) }).optional(),
  /**
   * Its signals' words in forms that do not say it is asking, matched as written word for word: where the
   * visitor turns («заявление в полицию», «напишу в сми»), or another thing of the same name («администрация
   * сайта» is the marketplace's). Such words name nobody, and its answers are ranked as if they lacked them.
   */
  notAsking: z.array(signal).min(1).optional(),
  en: audienceEnglish.optional(),
});

/**
 * The categories of the seller's request form. guidance.json describes each (its title, e.g.
 * «Финансы», and response time); topics name the one to pick by id.
 */
export const sellerCategoryId = z.enum(
  ["finance", "logistics", "assortment", "account", "promotions", "complaint-appeal", "order-cancellation"],
  {
    error: (issue): string => `нет категории «${String(issue.input)}»: ожидается одна из ${issue.values.join(", ")}`,
  },
);

export const topicChannel = z.object({
  channel: kebabId,
  reason: z.string().min(1),
  /** The category to pick in the channel's form. */
  category: sellerCategoryId.optional(),
});

export const topic = z.object({
  id: kebabId,
  audience: kebabId,
  title: z.string().min(1),
  phrases,
  /** What to do, in one plain sentence: the page leads with it, the evidence beside it. */
  answer: z.string().min(1),
  description: z.string().min(1),
  order: z.number().int().min(1),
  channels: z.array(topicChannel).min(1),
  prepare: z.array(z.string().min(1)),
  synonyms: z.array(z.string().min(1)),
  /**
   * The problem this topic is for its audience when other audiences have it too: topics sharing it answer
   * the same problem for each (a buyer's and a seller's blocked account). Search reads the problem's
   * words from any of them and answers with the topic of whoever asks; a phrase they share says the
   * words alone do not tell who asks.
   */
  problem: kebabId.optional(),
  en: topicEnglish.optional(),
});

/** Something a source says about support in general, not about one channel; shown on the audiences' pages. */
const fact = z.object({
  id: kebabId,
  audiences: z.array(kebabId).min(1),
  text: z.string().min(1),
  sources: z.array(kebabId).min(1),
  en: factEnglish.optional(),
});

export const guidance = z.object({
  prepare: z.array(z.string().min(1)).min(1),
  writing: z.array(z.string().min(1)).min(1),
  sellerForm: z.object({
    steps: z.array(z.string().min(1)).min(1),
    fields: z.array(z.object({ name: z.string().min(1), hint: z.string().min(1) })).min(1),
    categories: z
      .array(
        z.object({
          id: sellerCategoryId,
          title: z.string().min(1),
          examples: z.array(z.string().min(1)).min(1),
          responseTime: responseTime.optional(),
          en: categoryEnglish.optional(),
        }),
      )
      .min(1),
    evidence: z.array(z.string().min(1)).min(1),
  }),
  sla: z.array(responseTime).min(1),
  noAnswer: z.array(z.string().min(1)).min(1),
  mistakes: z.array(z.string().min(1)).min(1),
  facts: z.array(fact),
  sources: z.array(kebabId).min(1),
  /** What people type when a call or a message may be a scam: search offers the number check (/check) first. */
  numberCheck: z.object({
    phrases,
    /**
     * Words that, around a number or an address found whole, ask whether it is really Ozon's or say it
     * reached the visitor («звонят», «чей»): the number check then comes before the number's record.
     */
    asking: z.array(z.string().min(1)).min(1),
  }),
  en: guidanceEnglish.optional(),
});

/** One answer in the sellers' comparison of marketplaces, with the contacts it points to and who says so. */
export const comparisonAnswer = z.object({
  /** The answer in a word or two: «Нет», «8:00–20:00 МСК». */
  short: z.string().min(1),
  /** What the sources add, in our own words. */
  details: z.string().min(1),
  /** Contacts the answer names; each belongs to the marketplace's own organisation. */
  channels: z.array(kebabId),
  sources: z.array(kebabId).min(1),
  en: comparisonAnswerEnglish.optional(),
});

/** One marketplace's support for sellers, answered for each question of the comparison. */
export const marketplace = z.object({
  organisation: kebabId,
  call: comparisonAnswer,
  chatHours: comparisonAnswer,
  officialEmail: comparisonAnswer,
  withoutCabinet: comparisonAnswer,
  speed: comparisonAnswer,
  quality: comparisonAnswer,
});

/** Ozon's support for sellers next to other marketplaces', shown on /<audience>/marketplaces. */
export const marketplaceComparison = z.object({
  /** The audience whose page links to the comparison and whose address it extends. */
  audience: kebabId,
  /** What people type for the comparison as a whole; each marketplace is found by its organisation's phrases. */
  phrases,
  marketplaces: z.array(marketplace).min(2),
});

export const directory = z.object({
  organisations: z.array(organisation),
  audiences: z.array(audience),
  channels: z.array(channel),
  topics: z.array(topic),
  sources: z.array(source),
  guidance,
  marketplaceComparison,
});

export type Weekday = z.infer<typeof weekday>;
export type TimeRange = z.infer<typeof timeRange>;
export type Schedule = z.infer<typeof schedule>;
export type Staffing = z.infer<typeof staffing>;
export type Hours = z.infer<typeof hours>;
export type ResponseTime = z.infer<typeof responseTime>;
export type Channel = z.infer<typeof channel>;
export type ChannelKind = z.infer<typeof channelKind>;
export type ChannelStatus = z.infer<typeof channelStatus>;
export type Confidence = z.infer<typeof confidenceLevel>;
export type Claim = z.infer<typeof claim>;
export type Stance = z.infer<typeof stance>;
export type Source = z.infer<typeof source>;
export type Organisation = z.infer<typeof organisation>;
export type ComparisonAnswer = z.infer<typeof comparisonAnswer>;
export type Marketplace = z.infer<typeof marketplace>;
export type MarketplaceComparison = z.infer<typeof marketplaceComparison>;
export type Audience = z.infer<typeof audience>;
export type Topic = z.infer<typeof topic>;
export type SellerCategoryId = z.infer<typeof sellerCategoryId>;
export type Guidance = z.infer<typeof guidance>;
export type Fact = z.infer<typeof fact>;
export type Directory = z.infer<typeof directory>;
