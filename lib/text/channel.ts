import type { Channel, ChannelKind, ResponseTime } from "../dataset/schema";
import { formatPhoneRu, telHref } from "./phone";
import type { Locale } from "../i18n/locale";
import { plural, pluralEn } from "./russian";

export const kindLabel: Record<ChannelKind, string> = {
  phone: "Телефон",
  email: "Почта",
  chat: "Чат",
  app: "Приложение",
  "web-form": "Форма на сайте",
  website: "Сайт",
  "knowledge-base": "База знаний",
  social: "Соцсеть",
  messenger: "Мессенджер",
  "postal-address": "Почтовый адрес",
};

export const kindLabels: Readonly<Record<Locale, Readonly<Record<ChannelKind, string>>>> = {
  ru: kindLabel,
  en: {
    phone: "Phone",
    email: "Email",
    chat: "Chat",
    app: "App",
    "web-form": "Web form",
    website: "Website",
    "knowledge-base": "Knowledge base",
    social: "Social network",
    messenger: "Messenger",
    "postal-address": "Postal address",
  },
};

const unitForms: Record<ResponseTime["unit"], [string, string, string]> = {
  minutes: ["минута", "минуты", "минут"],
  hours: ["час", "часа", "часов"],
  days: ["день", "дня", "дней"],
  "business-days": ["рабочий день", "рабочих дня", "рабочих дней"],
};

/** The genitive after «до» or «в течение»: до 1 рабочего дня, до 24 часов, до 5 минут. */
export const untilForms: Record<ResponseTime["unit"], [string, string, string]> = {
  minutes: ["минуты", "минут", "минут"],
  hours: ["часа", "часов", "часов"],
  days: ["дня", "дней", "дней"],
  "business-days": ["рабочего дня", "рабочих дней", "рабочих дней"],
};

/** English has no genitive: "up to" takes the same forms as a bare count (1 minute, 24 hours). */
export const unitNamesEn: Readonly<Record<ResponseTime["unit"], readonly [string, string]>> = {
  minutes: ["minute", "minutes"],
  hours: ["hour", "hours"],
  days: ["day", "days"],
  "business-days": ["business day", "business days"],
};

function formatResponseTimeEn(r: ResponseTime): string {
  if (r.to === 0) return "immediately";
  const unit = pluralEn(r.to, unitNamesEn[r.unit]);
  if (r.from === undefined || r.from === 0) return `up to ${r.to} ${unit}`;
  if (r.from === r.to) return `${r.to} ${unit}`;
  return `${r.from}–${r.to} ${unit}`;
}

export function formatResponseTime(r: ResponseTime, locale: Locale = "ru"): string {
  if (locale === "en") return formatResponseTimeEn(r);
  if (r.to === 0) return "сразу";
  if (r.from === undefined || r.from === 0) return `до ${r.to} ${plural(r.to, untilForms[r.unit])}`;
  const unit = plural(r.to, unitForms[r.unit]);
  if (r.from === r.to) return `${r.to} ${unit}`;
  return `${r.from}–${r.to} ${unit}`;
}

const minutesPer: Record<ResponseTime["unit"], number> = {
  minutes: 1,
  hours: 60,
  days: 1440,
  "business-days": 1440,
};

/** Upper bound in minutes, for ranking channels by how long one may wait. */
export function responseMinutes(r: ResponseTime): number {
  return r.to * minutesPer[r.unit];
}

/** What to show as the channel's value: a formatted phone, an email, a URL without scheme, an address. */
export function displayValue(c: Pick<Channel, "kind" | "value">): string | undefined {
  if (c.value === undefined) return undefined;
  if (c.kind === "phone") return formatPhoneRu(c.value);
  if (/^https?:\/\//.test(c.value)) return c.value.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return c.value;
}

/** The link that acts on the channel: tel:, mailto:, or the page itself. */
export function actionHref(c: Channel): string | undefined {
  if (c.value === undefined || c.status === "discontinued") return undefined;
  if (c.kind === "phone") return telHref(c.value);
  if (c.kind === "email") return `mailto:${c.value}`;
  if (/^https?:\/\//.test(c.value)) return c.value;
  return undefined;
}

const actionWords: Readonly<Record<Locale, Readonly<Record<"call" | "write" | "address" | "open", string>>>> = {
  ru: { call: "Позвонить", write: "Написать письмо", address: "Адрес", open: "Открыть" },
  en: { call: "Call", write: "Send an email", address: "Address", open: "Open" },
};

export function actionLabel(c: Channel, locale: Locale = "ru"): string {
  const words = actionWords[locale];
  switch (c.kind) {
    case "phone":
      return words.call;
    case "email":
      return words.write;
    case "postal-address":
      return words.address;
    default:
      return words.open;
  }
}

export const costLabel: Record<Channel["cost"], string> = {
  free: "Бесплатно",
  "regular-rate": "По тарифу вашего оператора",
  unknown: "Стоимость неизвестна",
};

export const costLabels: Readonly<Record<Locale, Readonly<Record<Channel["cost"], string>>>> = {
  ru: costLabel,
  en: {
    free: "Free",
    "regular-rate": "At your operator's rate",
    unknown: "Cost unknown",
  },
};
