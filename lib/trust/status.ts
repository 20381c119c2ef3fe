import type { ChannelStatus } from "../dataset/schema";
import type { Locale } from "../i18n/locale";

export const statusOrder: Record<ChannelStatus, number> = {
  active: 0,
  disputed: 1,
  discontinued: 2,
  "third-party": 3,
};

export const statusLabel: Record<ChannelStatus, string> = {
  active: "Работает",
  disputed: "Под вопросом",
  discontinued: "Не работает",
  "third-party": "Не Ozon",
};

/** "disputed" also covers a channel only an advertiser names, so its English says "in doubt", not "disputed". */
export const statusLabels: Readonly<Record<Locale, Readonly<Record<ChannelStatus, string>>>> = {
  ru: statusLabel,
  en: {
    active: "Working",
    disputed: "In doubt",
    discontinued: "Not working",
    "third-party": "Not Ozon",
  },
};
