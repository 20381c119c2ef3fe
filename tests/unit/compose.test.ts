import { describe, expect, it } from "vitest";
import { addBusinessDays, followUp } from "../../lib/compose/deadline";
import { evidenceItems } from "../../lib/compose/attachments";
import { buyerEvidenceFor, sellerEvidenceFor } from "../../lib/compose/suited-attachments";
import { draftHints, hintTexts } from "../../lib/compose/hints";
import { type Draft, messages, validateDraft } from "../../lib/compose/schema";
import { composeSubject, composeText, mailtoHref, normaliseText } from "../../lib/compose/text";

const today = "2026-11-18";

const valid = {
  audience: "sellers",
  topicId: "seller-payout",
  channelId: "seller-support-form",
  orderNumber: "12345678-0012",
  incidentDate: "2026-11-10",
  whatHappened: "Выплата за период 1–15 ноября не поступила на расчётный счёт.",
  expectedOutcome: "Проверить начисление и перечислить выплату.",
  evidence: ["report-excerpt", "screenshots"],
  name: "Иван Петров",
};

function errorsOf(input: unknown, requiresOrder = false) {
  const r = validateDraft(input, { today, requiresOrder });
  return r.ok ? {} : r.errors;
}

function parsed(input: unknown, requiresOrder = false): Draft {
  const r = validateDraft(input, { today, requiresOrder });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
}

describe("validateDraft", () => {
  it("accepts a valid draft and normalises it", () => {
    const draft = parsed({ ...valid, orderNumber: " 12345678-0012 ", productName: "", name: "  " }, true);
    expect(draft.orderNumber).toBe("12345678-0012");
    expect(draft.productName).toBeUndefined();
    expect(draft.name).toBeUndefined();
    expect(draft.evidence).toEqual(["report-excerpt", "screenshots"]);
  });

  it("accepts optional fields left out or empty", () => {
    const draft = parsed({ ...valid, orderNumber: "", incidentDate: "", evidence: undefined, name: undefined });
    expect(draft.orderNumber).toBeUndefined();
    expect(draft.incidentDate).toBeUndefined();
    expect(draft.evidence).toEqual([]);
  });

  it.each(["12345678-0012", "123456789012-0001", "12345678-0012-1", "123456", "123456789012"])(
    "accepts the number %s",
    (orderNumber) => {
      expect(errorsOf({ ...valid, orderNumber })).toEqual({});
    },
  );

  it.each(["1234567-0012", "12345678-12", "12345678_0012", "12345", "1234567890123", "abc", "12345678-0012-"])(
    "rejects the number %s",
    (orderNumber) => {
      expect(errorsOf({ ...valid, orderNumber })).toEqual({ orderNumber: messages.orderFormat });
    },
  );

  it("requires an order number for order topics", () => {
    expect(errorsOf({ ...valid, orderNumber: "" }, true)).toEqual({ orderNumber: messages.orderRequired });
    expect(errorsOf({ ...valid, orderNumber: undefined }, true)).toEqual({ orderNumber: messages.orderRequired });
    expect(messages.orderRequired).toBe("Укажите номер заказа: например, 12345678-0012");
  });

  it("rejects a short or too long description", () => {
    expect(errorsOf({ ...valid, whatHappened: "  Не пришли деньги  " })).toEqual({
      whatHappened: messages.whatHappenedShort,
    });
    expect(errorsOf({ ...valid, whatHappened: "а".repeat(3001) })).toEqual({ whatHappened: messages.whatHappenedLong });
  });

  it("rejects a short or too long request", () => {
    expect(errorsOf({ ...valid, expectedOutcome: "да" })).toEqual({ expectedOutcome: messages.expectedShort });
    expect(errorsOf({ ...valid, expectedOutcome: "б".repeat(501) })).toEqual({
      expectedOutcome: messages.expectedLong,
    });
  });

  it("rejects a future or malformed date", () => {
    expect(errorsOf({ ...valid, incidentDate: "2026-11-19" })).toEqual({ incidentDate: messages.dateFuture });
    expect(errorsOf({ ...valid, incidentDate: today })).toEqual({});
    expect(errorsOf({ ...valid, incidentDate: "2026-02-30" })).toEqual({ incidentDate: messages.dateFormat });
    expect(errorsOf({ ...valid, incidentDate: "18.11.2026" })).toEqual({ incidentDate: messages.dateFormat });
  });

  it("gives one message per field", () => {
    const errors = errorsOf({
      audience: "partners",
      topicId: "",
      channelId: "x",
      whatHappened: "",
      expectedOutcome: "",
    });
    expect(errors).toEqual({
      audience: messages.audience,
      topicId: "Выберите тему",
      whatHappened: messages.whatHappenedShort,
      expectedOutcome: messages.expectedShort,
    });
  });

  it("rejects unknown evidence and a non-object input", () => {
    expect(errorsOf({ ...valid, evidence: ["selfie"] })).toEqual({ evidence: messages.evidence });
    expect(errorsOf(null)).toEqual({ form: messages.form });
  });
});

describe("draftHints", () => {
  const calm = "Заказ 12345678-0012 доставлен 10 ноября, но в личном кабинете он до сих пор в статусе «В пути».";

  it("stays quiet for a calm, detailed text", () => {
    expect(draftHints({ whatHappened: calm, orderNumber: "12345678-0012", requiresOrder: true })).toEqual([]);
    expect(
      draftHints({ whatHappened: "Выплату перечислили в OZON и СДЭК, ОГРН указан верно, вопрос по отчёту." }),
    ).toEqual([]);
  });

  it("asks for an order number on order topics only", () => {
    expect(draftHints({ whatHappened: calm, requiresOrder: true })).toEqual([hintTexts.noOrder]);
    expect(draftHints({ whatHappened: calm, orderNumber: " ", requiresOrder: true })).toEqual([hintTexts.noOrder]);
    expect(draftHints({ whatHappened: calm, requiresOrder: false })).toEqual([]);
  });

  it("flags exclamations, capitals and rude words", () => {
    expect(draftHints({ whatHappened: `${calm} Верните деньги!!!` })).toEqual([hintTexts.exclamations]);
    expect(draftHints({ whatHappened: `${calm} Прошу СРОЧНО разобраться.` })).toEqual([hintTexts.caps]);
    expect(draftHints({ whatHappened: `${calm} Это безобразие.` })).toEqual([hintTexts.rude]);
    expect(draftHints({ whatHappened: `${calm} Вы мошенники!` })).toEqual([hintTexts.rude]);
  });

  it("flags requests sent to several departments", () => {
    for (const phrase of ["Я написала везде.", "Обращался во все отделы.", "Писал повторно во все чаты."]) {
      expect(draftHints({ whatHappened: `${calm} ${phrase}` })).toContain(hintTexts.everywhere);
    }
  });

  it("flags vague texts", () => {
    expect(draftHints({ whatHappened: "Не работает" })).toEqual([hintTexts.short]);
    expect(draftHints({ whatHappened: "Ничего не работает в личном кабинете, помогите" })).toEqual([hintTexts.vague]);
    expect(draftHints({ whatHappened: "С 10 ноября не работает загрузка карточек в личном кабинете" })).toEqual([]);
    expect(draftHints({ whatHappened: "" })).toEqual([]);
  });
});

describe("suited evidence", () => {
  it("maps seller categories by id and buyer problems by their Russian or own names", () => {
    expect(sellerEvidenceFor("finance")).toEqual(["report-excerpt", "screenshots", "order-documents"]);
    expect(sellerEvidenceFor("promotions")).toEqual(["screenshots"]);
    expect(sellerEvidenceFor(undefined)).toEqual(["screenshots"]);
    expect(buyerEvidenceFor(["сломался", "Брак"])).toEqual(["damage-photos", "unboxing-video", "screenshots"]);
    expect(buyerEvidenceFor(["damaged"])).toEqual(buyerEvidenceFor(["брак"]));
    expect(buyerEvidenceFor(["аккаунт"])).not.toEqual(sellerEvidenceFor("account"));
    expect(buyerEvidenceFor(["something-else"])).toEqual(["screenshots"]);
  });

  it("labels every item in Russian", () => {
    for (const item of evidenceItems) expect(item.label).toMatch(/^[А-ЯЁ]/);
  });
});

describe("composeText", () => {
  it("writes a seller's late payout request", () => {
    const draft = parsed({
      ...valid,
      whatHappened:
        "  Выплата   за период 1–15 ноября не поступила на расчётный счёт.\r\n\r\n\r\n   В отчёте о реализации сумма 12 400 ₽ указана как начисленная.  ",
    });
    const ctx = {
      topicTitle: "Задержка выплаты",
      category: "Финансы",
    };
    expect(composeText(draft, ctx)).toBe(
      [
        "Здравствуйте!",
        "",
        "Я продавец на Ozon, пишу по вопросу «Задержка выплаты».",
        "",
        "Тема: Финансы — Задержка выплаты",
        "Номер заказа: 12345678-0012",
        "Дата: 10.11.2026",
        "",
        "Что произошло:",
        "Выплата за период 1–15 ноября не поступила на расчётный счёт.",
        "",
        "В отчёте о реализации сумма 12 400 ₽ указана как начисленная.",
        "",
        "Что я прошу сделать:",
        "Проверить начисление и перечислить выплату.",
        "",
        "Прилагаю:",
        "— Выписка из отчёта или акта сверки",
        "— Скриншоты страницы с проблемой",
        "",
        "Спасибо!",
        "С уважением, Иван Петров",
      ].join("\n"),
    );
    expect(composeSubject(draft, ctx)).toBe("Финансы — Задержка выплаты, заказ 12345678-0012");
  });

  it("leaves out empty sections for a buyer's return", () => {
    const draft = parsed({
      audience: "buyers",
      topicId: "buyer-return",
      channelId: "buyer-chat",
      orderNumber: "",
      whatHappened: "Хочу вернуть куртку: не подошёл размер, бирки на месте.",
      expectedOutcome: "Подскажите, как оформить возврат.",
      evidence: [],
    });
    const ctx = {
      topicTitle: "Возврат товара",
      category: "Логистика",
    };
    expect(composeText(draft, ctx)).toBe(
      [
        "Здравствуйте!",
        "",
        "Я покупатель Ozon, пишу по вопросу «Возврат товара».",
        "",
        "Тема: Возврат товара",
        "",
        "Что произошло:",
        "Хочу вернуть куртку: не подошёл размер, бирки на месте.",
        "",
        "Что я прошу сделать:",
        "Подскажите, как оформить возврат.",
        "",
        "Спасибо!",
        "С уважением.",
      ].join("\n"),
    );
    expect(composeSubject(draft, ctx)).toBe("Возврат товара");
  });

  it("keeps the subject within 120 characters and the order number intact", () => {
    const draft = parsed(valid);
    const subject = composeSubject(draft, { topicTitle: "Очень длинная тема ".repeat(10), category: "Финансы" });
    expect(subject.length).toBeLessThanOrEqual(120);
    expect(subject.endsWith("…, заказ 12345678-0012")).toBe(true);
  });

  it("normalises whitespace", () => {
    expect(normaliseText(" a \t b \n\n\n\n c\u00a0\u00a0d ")).toBe("a b\n\nc d");
  });
});

describe("mailtoHref", () => {
  it("percent-encodes subject and body", () => {
    const href = mailtoHref("seller@ozon.ru", "Да & нет? #1 + 2", "Строка 1\nСтрока 2");
    expect(href).toBe(
      "mailto:seller@ozon.ru?subject=%D0%94%D0%B0%20%26%20%D0%BD%D0%B5%D1%82%3F%20%231%20%2B%202" +
        "&body=%D0%A1%D1%82%D1%80%D0%BE%D0%BA%D0%B0%201%0D%0A%D0%A1%D1%82%D1%80%D0%BE%D0%BA%D0%B0%202",
    );
  });

  it("round-trips a composed request with CRLF line breaks and no '+' for spaces", () => {
    const body = "Здравствуйте!\n\nЧто произошло:\nА & Б? #3 + 4\r\nконец";
    const href = mailtoHref(" help@ozon.ru ", "Тема", body);
    const query = href.slice(href.indexOf("?") + 1);
    expect(href.startsWith("mailto:help@ozon.ru?")).toBe(true);
    expect(href.split("?")).toHaveLength(2);
    expect(href.split("&")).toHaveLength(2);
    expect(href).not.toMatch(/[ +#\n]/);
    const bodyParam = query.split("&")[1] ?? "";
    expect(decodeURIComponent(bodyParam.replace(/^body=/, ""))).toBe(body.replace(/\r?\n/g, "\r\n"));
  });

  it("leaves out empty parameters", () => {
    expect(mailtoHref("a@b.ru", "", "")).toBe("mailto:a@b.ru");
  });
});

describe("followUp", () => {
  it("skips the weekend for business days", () => {
    // Friday 20.11.2026, 10:00 in Moscow.
    const sent = new Date("2026-11-20T10:00:00+03:00");
    const r = followUp({ from: 1, to: 3, unit: "business-days" }, sent);
    expect(r.due.toISOString()).toBe(new Date("2026-11-25T10:00:00+03:00").toISOString());
    expect(r.phrase).toBe("ответ ожидается до 25.11.2026");
  });

  it("counts on Moscow's calendar", () => {
    // Friday 01:00 in Moscow is still Thursday in UTC; one business day later is Monday.
    const sent = new Date("2026-11-20T01:00:00+03:00");
    expect(addBusinessDays(sent, 1).toISOString()).toBe(new Date("2026-11-23T01:00:00+03:00").toISOString());
    // Sent on Saturday: the first business day is Monday.
    expect(followUp({ to: 1, unit: "business-days" }, new Date("2026-11-21T12:00:00+03:00")).phrase).toBe(
      "ответ ожидается до 23.11.2026",
    );
  });

  it("counts calendar days straight through", () => {
    const r = followUp({ to: 5, unit: "days" }, new Date("2026-11-20T10:00:00+03:00"));
    expect(r.phrase).toBe("ответ ожидается до 25.11.2026");
  });

  it("words minutes and hours", () => {
    const sent = new Date("2026-11-18T10:00:00+03:00");
    const minutes = followUp({ to: 15, unit: "minutes" }, sent);
    expect(minutes.phrase).toBe("ответ ожидается в течение 15 минут");
    expect(minutes.due.getTime() - sent.getTime()).toBe(15 * 60_000);
    expect(followUp({ to: 24, unit: "hours" }, sent).phrase).toBe("ответ ожидается в течение 24 часов");
    expect(followUp({ to: 1, unit: "hours" }, sent).phrase).toBe("ответ ожидается в течение 1 часа");
    expect(followUp({ to: 21, unit: "minutes" }, sent).phrase).toBe("ответ ожидается в течение 21 минуты");
  });
});
