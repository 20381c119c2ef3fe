import { z } from "zod/mini";

/**
 * What a request can come with. The table is small on purpose: each item is
 * something a buyer or seller can actually attach to a support request.
 * zod/mini: the composer checks stored drafts against it in the browser.
 */
export const evidenceId = z.enum([
  "screenshots",
  "error-text",
  "damage-photos",
  "unboxing-video",
  "order-documents",
  "buyer-chat",
  "payment-receipt",
  "report-excerpt",
  "product-card",
  "notification",
  "company-documents",
]);

export type EvidenceId = z.infer<typeof evidenceId>;

export interface EvidenceItem {
  id: EvidenceId;
  label: string;
}

export const evidenceLabels: Record<EvidenceId, string> = {
  screenshots: "Скриншоты страницы с проблемой",
  "error-text": "Текст ошибки или её скриншот",
  "damage-photos": "Фото повреждённого товара и упаковки",
  "unboxing-video": "Видео распаковки",
  "order-documents": "Документы по заказу (накладные, акты приёма-передачи)",
  "buyer-chat": "Переписка с покупателем",
  "payment-receipt": "Чек или подтверждение оплаты",
  "report-excerpt": "Выписка из отчёта или акта сверки",
  "product-card": "Ссылка на карточку товара и её скриншот",
  notification: "Уведомление или письмо от Ozon",
  "company-documents": "Документы продавца (ИНН, выписка из ЕГРЮЛ/ЕГРИП)",
};

/** Every item in table order. */
export const evidenceItems: readonly EvidenceItem[] = evidenceId.options.map((id) => ({
  id,
  label: evidenceLabels[id],
}));

/** Labels for the ids a draft carries, in the order given, duplicates dropped. */
export function evidenceLabelsFor(ids: readonly EvidenceId[]): string[] {
  return [...new Set(ids)].map((id) => evidenceLabels[id]);
}
