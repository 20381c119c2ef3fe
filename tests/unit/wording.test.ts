import { describe, expect, it } from "vitest";
import { WORDING_PATTERNS, wordingProblems } from "@/lib/trust/wording";

/** Each pattern catches its example and the examples; plain facts and advice pass. */

describe("wording patterns", () => {
  it.each(WORDING_PATTERNS.map((p) => [p.id, p]))("%s rejects its own example", (_id, p) => {
    expect(wordingProblems(p.example, [p.kind]).map((x) => x.id)).toContain(p.id);
  });

  it.each([
    ["by-count", "Операторы отвечают круглосуточно — по официальной странице."],
    ["by-count", "По двум публикациям оператора там нет."],
    ["by-count", "Чат работает по всем источникам — пишите туда."],
    ["by-count", "С 9:00 до 22:00 по одной статье."],
    ["counted-sources", "Номер приводит одна статья."],
    ["counted-sources", "Три текста одного сборника называют его действующим."],
    ["according-to", "По словам СеллерМАРКЕТ, контакты есть в кабинете."],
    ["according-to", "Так пишет статья об отключении линии."],
    ["source-says", "Обзор маркетплейсов советует продавцам писать в чат."],
    ["source-says", "Официальная страница Ozon его не называет."],
    ["agreement", "Источники расходятся в часах работы."],
    ["agreement", "Других источников нет, противоречий тоже."],
  ])("%s: typed attribution «%s»", (id, text) => {
    expect(wordingProblems(text, ["attribution"]).map((p) => p.id)).toContain(id);
  });

  it.each([
    ["old-new", "Номера из старых статей под вопросом."],
    ["old-new", "Старый адрес этики."],
    ["old-new", "Проверьте прежний номер."],
    ["still-no-longer", "Номер больше не работает."],
    ["still-no-longer", "Линия всё ещё работает."],
    ["still-no-longer", "Ранее действовал номер для продавцов."],
    ["when-it-worked", "Даже когда линия 8 800 работала, ждать было долго."],
  ])("%s: recency «%s»", (id, text) => {
    expect(wordingProblems(text, ["recency"]).map((p) => p.id)).toContain(id);
  });

  it.each([
    "В общих словах говорит, что Ozon консультирует и в соцсетях.",
    "Пишет, что Ozon присутствует в популярных соцсетях.",
    "Упоминает телефонную линию, но номера не приводит.",
    "Говорит о группах, не называя ни одной группы.",
  ])("names-no-channel: «%s»", (text) => {
    expect(wordingProblems(text, ["unnamed"]).map((p) => p.id)).toEqual(["names-no-channel"]);
  });

  it.each([
    "Пишите сюда: через этот чат покупатель доходит до оператора.",
    "Не рассчитывайте дозвониться до оператора: пишите в чат поддержки.",
    "Отправьте повторное обращение со ссылкой на номер прежнего обращения.",
    "Создать обращение и следить за его статусом.",
    "Справочные статьи для продавцов с поиском.",
    "Новости площадки для продавцов.",
    "Бот ответит сразу, а если не справится, позовёт человека.",
  ])("leaves a plain fact or advice alone: «%s»", (text) => {
    expect(wordingProblems(text, ["attribution", "recency"])).toEqual([]);
  });

  it("lets a claim say that its source names the channel without a link", () => {
    expect(wordingProblems("Называет канал Ozon в Telegram с ботом; ссылки не приводит.", ["unnamed"])).toEqual([]);
  });
});
