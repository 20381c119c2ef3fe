import { describe, expect, it } from "vitest";
import { standsIn } from "@/lib/search/stands";

const words = (text: string) => text.split(" ");
const any = () => true;

describe("a phrase standing in a query", () => {
  it("is found in order, side by side, each word as written or with two letters swapped", () => {
    expect(standsIn(words("продавец отменил заказ"), words("вчера продавец отменил заказ"), any)).toEqual([1, 4]);
    expect(standsIn(words("продавец отменил заказ"), words("проадвец отменил заказ"), any)).toEqual([0, 3]);
  });
  it("is not another form of its words, nor its words in another order", () => {
    expect(standsIn(words("продавец отменил заказ"), words("продавец отменить заказ"), any)).toBeNull();
    expect(standsIn(words("продавец отменил заказ"), words("заказ отменил продавец"), any)).toBeNull();
  });
  it("lets one other word stand among its words, if that word may", () => {
    const phrase = words("продавец отправляет");
    expect(standsIn(phrase, words("продавец долго отправляет"), any)).toEqual([0, 3]);
    expect(standsIn(phrase, words("продавец покупатель отправляет"), (w) => w !== "покупатель")).toBeNull();
    expect(standsIn(phrase, words("продавец очень долго отправляет"), any)).toBeNull();
  });
});
