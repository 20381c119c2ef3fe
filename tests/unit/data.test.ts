import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";

const dir = loadDirectory();
const channels = new Map(dir.channels.map((c) => [c.id, c]));

describe("the dataset as a whole", () => {
  it("has every Ozon phone and email from the sources, each with a status", () => {
    const values = new Set(dir.channels.map((c) => c.value));
    for (const v of [
      "+78002347000",
      "+74950097070",
      "+78124940606",
      "+74952321000",
      "+74952152408",
      "+78005558982",
      "help@ozon.ru",
      "sellersup@ozon.ru",
      "b2b@ozon.ru",
      "sales-pvz@ozon.ru",
      "help@finance.ozon.ru",
      "ozon-hotline@delret.ru",
      "ozon-hotline@deloitte.ru",
      "pr@ozon.ru",
      "ir@ozon.ru",
      "gr@ozon.ru",
      "econsec@ozon.ru",
      "marketplace.crossborder@ozon.ru",
      "net-dtp@ozon.ru",
    ]) {
      expect(values, v).toContain(v);
    }
  });

  it("marks advertisers' and other companies' contacts as third-party", () => {
    for (const v of ["+74951778495", "+74959743503", "sales@wildberries.ru", "claims@wildberries.ru"]) {
      expect(dir.channels.find((c) => c.value === v)?.status, v).toBe("third-party");
    }
  });

  it("has every contact of Wildberries, Yandex Market and AliExpress from the marketplace review, each as its company's", () => {
    const expected: Record<string, string[]> = {
      wildberries: [
        "wildberries-service-desk",
        "wildberries-seller-telegram",
        "wildberries-sales-email",
        "wildberries-claims-email",
        "wildberries-old-phones",
      ],
      "yandex-market": [
        "yandex-market-help-form",
        "yandex-market-idea-form",
        "yandex-market-telegram-bot",
        "yandex-market-vk",
        "yandex-market-seller-telegram-channel",
        "yandex-market-partners-chat",
        "yandex-market-partners-phone",
      ],
      aliexpress: ["aliexpress-seller-chat", "aliexpress-business-telegram"],
    };
    const owners = new Map(dir.organisations.map((o) => [o.id, o]));
    for (const [organisation, ids] of Object.entries(expected)) {
      expect(owners.get(organisation)?.isOzon, organisation).toBe(false);
      expect(
        dir.channels.filter((c) => c.organisation === organisation).map((c) => c.id),
        organisation,
      ).toEqual(expect.arrayContaining(ids));
      for (const id of ids) {
        expect(channels.get(id), id).toMatchObject({ organisation, status: "third-party" });
        expect(
          channels.get(id)?.claims.some((cl) => cl.source === "marketplaces-review"),
          id,
        ).toBe(true);
      }
    }
    expect(channels.get("yandex-market-partners-phone")?.value).toBe("+74959743503");
    expect(channels.get("wildberries-sales-email")?.value).toBe("sales@wildberries.ru");
    expect(channels.get("wildberries-claims-email")?.value).toBe("claims@wildberries.ru");
    expect(channels.get("wildberries-old-phones")?.claims.map((cl) => cl.stance)).toEqual(["says-not-working"]);
    expect(channels.get("aliexpress-seller-chat")?.hours?.staffing[0]?.schedule).toEqual({
      type: "weekly",
      ranges: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "20:00" }],
    });
  });

  it("keeps the disputed hotline and the Deloitte ethics address pointing to where to write instead", () => {
    expect(channels.get("hotline-8800")).toMatchObject({ status: "disputed", replacedBy: "buyer-support-chat" });
    expect(channels.get("ethics-email-deloitte")).toMatchObject({ status: "disputed", replacedBy: "ethics-email" });
  });
});
