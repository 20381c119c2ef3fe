import type { Channel, ChannelKind, ResponseTime } from "../dataset/schema";
import { formatPhoneRu, telHref } from "./phone";
import { plural } from "./russian";

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

const unitForms: Record<ResponseTime["unit"], [string, string, string]> = {
  minutes: ["минута", "минуты", "минут"],
  hours: ["час", "часа", "часов"],
  days: ["день", "дня", "дней"],
  "business-days": ["рабочий день", "рабочих дня", "рабочих дней"],
};

/** After «до» the unit is in the genitive: до 1 рабочего дня, до 24 часов, до 21 дня. */
/** The genitive after "до" or "в течение": до 1 минуты, до 5 минут. */
export const untilForms: Record<ResponseTime["unit"], [string, string, string]> = {
  minutes: ["минуты", "минут", "минут"],
  hours: ["часа", "часов", "часов"],
  days: ["дня", "дней", "дней"],
  "business-days": ["рабочего дня", "рабочих дней", "рабочих дней"],
};

export function formatResponseTime(r: ResponseTime): string {
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

export function actionLabel(c: Channel): string {
  switch (c.kind) {
    case "phone":
      return "Позвонить";
    case "email":
      return "Написать письмо";
    case "postal-address":
      return "Адрес";
    default:
      return "Открыть";
  }
}

export const costLabel: Record<Channel["cost"], string> = {
  free: "Бесплатно",
  "regular-rate": "По тарифу вашего оператора",
  unknown: "Стоимость неизвестна",
};
