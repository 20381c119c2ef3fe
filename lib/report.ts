import type { Channel } from "./schema";

/** The text of a correction report: enough to find the record and the page without asking back. */
export function reportText(channel: Channel, pageUrl: string): { subject: string; body: string } {
  const subject = `Исправление: ${channel.title} (${channel.id})`;
  const body = [
    `Канал: ${channel.title}`,
    `id: ${channel.id}`,
    `Страница: ${pageUrl}`,
    `Статус на сайте: ${channel.status}, проверено ${channel.verifiedAt}`,
    "",
    "Что не так:",
    "",
    "Откуда вы это знаете (ссылка, дата, скриншот):",
    "",
  ].join("\n");
  return { subject, body };
}
