import type { ChannelStatus } from "../dataset/schema";

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
