import type { CheckResult } from "./match";
import { notOzonText } from "../trust/ownership";

/**
 * What the number check answers, and what a match does and does not prove: a number in the sources is
 * listed as someone's; a call or an SMS that shows it can still be forged, so a match never means «this
 * call is from Ozon». The safety rule is general advice, not a quote of Ozon's policy: no source states one.
 */

export type CheckTone = "listed" | "doubt" | "warning" | "unknown";

export interface CheckAdvice {
  tone: CheckTone;
  headline: string;
  /** What the answer rests on and what it does not prove, in order. */
  lines: string[];
}

export const SAFETY_RULE =
  "Общее правило безопасности: никому не называйте коды из SMS, пароли и данные карты, кем бы ни представился собеседник.";

const CALL_BACK_YOURSELF = "Чтобы не рисковать, завершите разговор и сами откройте чат в приложении Ozon или на сайте.";

function forgeable(as: "phone" | "email"): string {
  return as === "phone"
    ? "Входящий звонок или SMS с этого номера это не подтверждает: номер в определителе можно подделать."
    : "Письмо с этого адреса это не подтверждает: адрес отправителя можно подделать. Не переходите по ссылкам из письма.";
}

export function adviceFor(result: Exclude<CheckResult, { kind: "empty" }>): CheckAdvice {
  if (result.kind === "sender") {
    const owner = result.owner;
    const whose = owner
      ? owner.isOzon
        ? "Так подписывается Ozon, но поддельное сообщение может подписаться так же."
        : `Это имя ${owner.genitive}, а не Ozon.`
      : "";
    return {
      tone: "unknown",
      headline: `«${result.name}» — это имя отправителя, а не номер`,
      lines: [
        ...(whose ? [whose] : []),
        "Имя отправителя SMS выбирает сам отправитель, поэтому по нему нельзя понять, кто на самом деле пишет.",
        "Не переходите по ссылкам из такого сообщения: откройте приложение Ozon или сайт сами.",
      ],
    };
  }
  if (result.kind === "unknown") {
    if (result.as === "text") {
      return {
        tone: "unknown",
        headline: "Это не похоже на номер телефона или адрес почты",
        lines: ["Вставьте номер в любом формате (например, 8 800 234-70-00), адрес почты или имя отправителя из SMS."],
      };
    }
    const what = result.as === "phone" ? "номера" : "адреса";
    return {
      tone: "unknown",
      headline: `Этого ${what} нет в справочнике`,
      lines: [
        `${result.normalized} не найден ни среди контактов Ozon, ни среди известных чужих. Это не значит, что он мошеннический, но и оснований считать его контактом Ozon нет.`,
        CALL_BACK_YOURSELF,
      ],
    };
  }
  const { entry, as } = result;
  const noun = as === "phone" ? "номер" : "адрес";
  if (entry.status === "third-party") {
    return {
      tone: "warning",
      headline: notOzonText(entry.owner, entry.kind),
      lines: [
        `Не сообщайте по нему данные заказа, аккаунта или карты: это ${entry.owner.genitive}, а не Ozon.`,
        ...(entry.confidence === "advertiser"
          ? ["Это контакт рекламодателя: он продаёт свои услуги и за Ozon не отвечает."]
          : []),
        forgeable(as),
      ],
    };
  }
  const listed = `Это значит только, что ${noun} приводят как контакт Ozon.`;
  if (entry.status === "active") {
    return {
      tone: "listed",
      headline: `Этот ${noun} есть в источниках как ${noun} Ozon`,
      lines: [listed, forgeable(as), CALL_BACK_YOURSELF],
    };
  }
  if (entry.status === "disputed") {
    return {
      tone: "doubt",
      headline: `Этот ${noun} есть в источниках как ${noun} Ozon, но работает ли он, неизвестно`,
      lines: [forgeable(as), CALL_BACK_YOURSELF],
    };
  }
  return {
    tone: "warning",
    headline: `Этот ${noun} есть в источниках как ${noun} Ozon, но по ним он не работает`,
    lines: [`Звонок или сообщение с него — повод насторожиться. ${forgeable(as)}`, CALL_BACK_YOURSELF],
  };
}
