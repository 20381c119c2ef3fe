import type { CheckResult } from "./match";
import type { Locale } from "../i18n/locale";
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

export const SAFETY_RULES: Readonly<Record<Locale, string>> = {
  ru: SAFETY_RULE,
  en: "A general safety rule: never tell anyone the codes from text messages, your passwords or your card details, whoever the other person says they are.",
};

type Answered = Exclude<CheckResult, { kind: "empty" }>;

/** The answer to a checked contact, in the page's language. */
export function adviceFor(result: Answered, locale: Locale = "ru"): CheckAdvice {
  return locale === "en" ? englishAdvice(result) : russianAdvice(result);
}

const CALL_BACK_YOURSELF = "Чтобы не рисковать, завершите разговор и сами откройте чат в приложении Ozon или на сайте.";

function forgeable(as: "phone" | "email"): string {
  return as === "phone"
    ? "Входящий звонок или SMS с этого номера это не подтверждает: номер в определителе можно подделать."
    : "Письмо с этого адреса это не подтверждает: адрес отправителя можно подделать. Не переходите по ссылкам из письма.";
}

function russianAdvice(result: Answered): CheckAdvice {
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

const CALL_BACK_YOURSELF_EN =
  "To be safe, end the call and open the chat in the Ozon app or on the Ozon website yourself.";

function forgeableEn(as: "phone" | "email"): string {
  return as === "phone"
    ? "A call or a text message showing this number does not prove who is calling: the number on the screen can be forged."
    : "An e-mail from this address does not prove who sent it: the sender's address can be forged. Do not follow links in the e-mail.";
}

/**
 * The same answers as the Russian ones, line for line. A quoted sender name stays in «…», as the site quotes
 * what a screen shows, whatever its language.
 */
function englishAdvice(result: Answered): CheckAdvice {
  if (result.kind === "sender") {
    const owner = result.owner;
    const whose = owner
      ? owner.isOzon
        ? "Ozon signs its messages with this name, but a forged message can sign with it too."
        : `This name belongs to ${owner.genitive}, not Ozon.`
      : "";
    return {
      tone: "unknown",
      headline: `«${result.name}» is a sender name, not a number`,
      lines: [
        ...(whose ? [whose] : []),
        "Whoever sends a text message chooses the name it shows, so the name cannot tell you who is really writing.",
        "Do not follow links in such a message: open the Ozon app or the Ozon website yourself.",
      ],
    };
  }
  if (result.kind === "unknown") {
    if (result.as === "text") {
      return {
        tone: "unknown",
        headline: "This does not look like a phone number or an e-mail address",
        lines: [
          "Paste a number in any format (for example, +7 800 234-70-00), an e-mail address or a sender name from a text message.",
        ],
      };
    }
    const what = result.as === "phone" ? "number" : "address";
    return {
      tone: "unknown",
      headline: `This ${what} is not in the directory`,
      lines: [
        `${result.normalized} is neither among Ozon's contacts nor among the known contacts of other companies. That does not make it a scam, but there is no reason to take it for an Ozon contact either.`,
        CALL_BACK_YOURSELF_EN,
      ],
    };
  }
  const { entry, as } = result;
  const noun = as === "phone" ? "number" : "address";
  if (entry.status === "third-party") {
    return {
      tone: "warning",
      headline: notOzonText(entry.owner, entry.kind, "en"),
      lines: [
        `Do not give order, account or card details through this ${noun}: it belongs to ${entry.owner.genitive}, not Ozon.`,
        ...(entry.confidence === "advertiser"
          ? ["This is an advertiser's contact: it sells its own services and does not answer for Ozon."]
          : []),
        forgeableEn(as),
      ],
    };
  }
  const listed = `It only means that the sources give this ${noun} as an Ozon contact.`;
  if (entry.status === "active") {
    return {
      tone: "listed",
      headline: `This ${noun} is listed in the sources as Ozon's`,
      lines: [listed, forgeableEn(as), CALL_BACK_YOURSELF_EN],
    };
  }
  if (entry.status === "disputed") {
    return {
      tone: "doubt",
      headline: `This ${noun} is listed in the sources as Ozon's, but whether it works is unknown`,
      lines: [forgeableEn(as), CALL_BACK_YOURSELF_EN],
    };
  }
  return {
    tone: "warning",
    headline: `This ${noun} is listed in the sources as Ozon's, but according to them it no longer works`,
    lines: [`A call or a message from it is a reason to be on your guard. ${forgeableEn(as)}`, CALL_BACK_YOURSELF_EN],
  };
}
