import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rootSegments } from "@/lib/dataset/root-segments";
import { formatError, validateDataset } from "@/lib/dataset/validate";
import { toRaw, validFixture, type FixtureData } from "./fixtures/dataset";

function errorsOf(mutate: (d: FixtureData) => void): string[] {
  const data = validFixture();
  mutate(data);
  return validateDataset(toRaw(data)).errors.map(formatError);
}

function channel(d: FixtureData, id: string) {
  const c = d.channels.find((x) => x.id === id);
  if (!c) throw new Error(`fixture has no ${id}`);
  return c;
}

describe("validateDataset", () => {
  it("accepts the valid fixture", () => {
    const result = validateDataset(toRaw(validFixture()));
    expect(result.errors).toEqual([]);
    expect(result.directory?.channels.map((c) => c.id)).toEqual(["buyer-chat", "hotline", "wb-desk"]);
  });

  it("names the file, record id and field of a schema error", () => {
    expect(errorsOf((d) => (channel(d, "hotline").rank = 0))).toEqual([
      expect.stringMatching(/^data\/channels\/hotline\.json › hotline › rank: /),
    ]);
  });

  it("rejects a phone number that is not E.164", () => {
    expect(errorsOf((d) => (channel(d, "hotline").value = "8 800 234-70-00"))).toEqual([
      expect.stringContaining("data/channels/hotline.json › hotline › value: телефон должен быть в формате E.164"),
    ]);
  });

  it("rejects words that name an audience within one that does not exist, or within itself", () => {
    expect(errorsOf((d) => (d.audiences[0]!.within = { audience: "nobody", signals: ["из китая"] }))).toContain(
      "data/audiences.json › buyers › within.audience: нет аудитории «nobody»",
    );
    expect(errorsOf((d) => (d.audiences[0]!.within = { audience: "buyers", signals: ["из китая"] }))).toContain(
      "data/audiences.json › buyers › within.audience: аудитория не может уточнять саму себя",
    );
  });

  it("rejects a scraper-damaged email", () => {
    const errors = errorsOf((d) => {
      const c = channel(d, "buyer-chat");
      c.kind = "email";
      c.value = "[email protected]";
    });
    expect(errors.join("\n")).toContain("buyer-chat › value: некорректный адрес");
  });

  it("rejects a malformed URL", () => {
    expect(errorsOf((d) => (channel(d, "buyer-chat").value = "ozon ru")).join("\n")).toContain("некорректный URL");
  });

  it("reports a broken reference", () => {
    expect(errorsOf((d) => (channel(d, "buyer-chat").audiences = ["nobody"]))).toContain(
      "data/channels/buyer-chat.json › buyer-chat › audiences.0: нет аудитории «nobody»",
    );
  });

  it("allows replacedBy only on discontinued and disputed channels, requires it on discontinued, and needs a source for it", () => {
    expect(errorsOf((d) => (channel(d, "hotline").status = "active")).join("\n")).toContain(
      "replacedBy допустим только у статусов discontinued и disputed",
    );
    expect(errorsOf((d) => delete channel(d, "hotline").replacedBy).join("\n")).toContain(
      "hotline › replacedBy: у неработающего канала должна быть замена",
    );
    expect(errorsOf((d) => delete channel(d, "hotline").claims[0]?.instead).join("\n")).toContain(
      "ни один источник не называет «buyer-chat» вместо этого канала",
    );
  });

  it("lets a stored status be more careful than the derived one, never surer", () => {
    expect(errorsOf((d) => (channel(d, "hotline").status = "disputed"))).toEqual([]);
    expect(
      errorsOf((d) => {
        const c = channel(d, "hotline");
        c.claims.push({ source: "article-a", says: "Бесплатная линия", stance: "lists" });
      }),
    ).toEqual([
      "data/channels/hotline.json › hotline › status: статус discontinued говорит больше, чем источники: по правилам выходит disputed (правило «conflict»)",
    ]);
  });

  it("requires an instead for a source that lists another contact in this one's place", () => {
    expect(
      errorsOf((d) => channel(d, "buyer-chat").claims.push({ source: "article-a", says: "…", stance: "lists-other" })),
    ).toContain(
      "data/channels/buyer-chat.json › buyer-chat › claims.1.instead: у «lists-other» нужен instead: какой контакт источник даёт на этом месте",
    );
  });

  it("checks the sources of hours and of facts", () => {
    const errors = errorsOf((d) => {
      channel(d, "buyer-chat").hours = {
        timeZone: "Europe/Moscow",
        staffing: [{ who: "bot", schedule: { type: "always" }, sources: ["nobody"] }],
      };
      const fact = d.guidance.facts[0];
      if (fact) fact.sources = ["nobody"];
    });
    expect(errors).toContain(
      "data/channels/buyer-chat.json › buyer-chat › hours.staffing.0.sources.0: нет источника «nobody»",
    );
    expect(errors).toContain(
      "data/guidance.json › guidance.facts.language › facts.0.sources.0: нет источника «nobody»",
    );
  });

  it("rejects duplicate ids and duplicate values", () => {
    const errors = errorsOf((d) => {
      d.channels.push(structuredClone(channel(d, "buyer-chat")));
      d.channels.push({ ...structuredClone(channel(d, "hotline")), id: "hotline-copy" });
    }).join("\n");
    expect(errors).toContain("id повторяется");
    expect(errors).toContain("то же значение уже у канала hotline");
  });

  it("does not let a topic recommend a discontinued channel", () => {
    expect(
      errorsOf((d) => {
        const t = d.topics[0];
        if (t) t.channels = [{ channel: "hotline", reason: "…" }];
      }).join("\n"),
    ).toContain("тема не может советовать канал в статусе discontinued");
  });

  it("resolves a topic's seller-form category by id, reporting unknown and undescribed ones with the rest", () => {
    const data = validFixture();
    const topic = data.topics[0];
    if (!topic) throw new Error("fixture has no topic");
    topic.channels = [
      { channel: "buyer-chat", reason: "…", category: "finance" },
      { channel: "buyer-chat", reason: "…", category: "logistics" },
    ];
    expect(validateDataset(toRaw(data)).errors.map(formatError)).toEqual([
      "data/topics.json › buyer-return › channels.1.category: категория «logistics» не описана в data/guidance.json (sellerForm.categories)",
    ]);

    channel(data, "hotline").rank = 0;
    const raw = toRaw(data);
    raw.topics.text = raw.topics.text.replace('"category": "finance"', '"category": "Финансы"');
    expect(validateDataset(raw).errors.map(formatError)).toEqual([
      expect.stringMatching(
        /^data\/topics\.json › buyer-return › channels\.0\.category: нет категории «Финансы»: ожидается одна из finance, logistics/,
      ),
      expect.stringMatching(/^data\/channels\/hotline\.json › hotline › rank: /),
      "data/audiences.json › buyers › id: у аудитории нет ни одной темы",
    ]);
  });

  it("describes each seller-form category once", () => {
    expect(
      errorsOf((d) => {
        const [first] = d.guidance.sellerForm.categories;
        if (first) d.guidance.sellerForm.categories.push({ ...first, title: "Деньги" });
      }),
    ).toEqual(["data/guidance.json › guidance › sellerForm.categories.1.id: категория «finance» описана дважды"]);
  });

  it("requires another company's channel to be third-party, and Ozon's never", () => {
    expect(errorsOf((d) => (channel(d, "buyer-chat").organisation = "wildberries"))).toContain(
      "data/channels/buyer-chat.json › buyer-chat › status: канал Wildberries, а не Ozon: нужен статус third-party",
    );
    expect(errorsOf((d) => (channel(d, "buyer-chat").status = "third-party"))).toContain(
      "data/channels/buyer-chat.json › buyer-chat › status: канал принадлежит Ozon: статус third-party здесь неверен",
    );
    expect(errorsOf((d) => (channel(d, "buyer-chat").organisation = "nobody"))).toContain(
      "data/channels/buyer-chat.json › buyer-chat › organisation: нет организации «nobody»",
    );
  });

  it("lets each marketplace in the comparison name only its own company's contacts", () => {
    expect(
      errorsOf((d) => {
        const [, wb] = d.marketplaceComparison.marketplaces;
        if (wb) wb.call.channels = ["buyer-chat"];
      }),
    ).toEqual([
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces.1.call.channels.0: канал «buyer-chat» принадлежит «ozon», а не «wildberries»",
    ]);
    expect(
      errorsOf((d) => {
        const [oz] = d.marketplaceComparison.marketplaces;
        if (oz) oz.withoutCabinet.channels = ["wb-desk"];
      }),
    ).toEqual([
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces.0.withoutCabinet.channels.0: канал «wb-desk» принадлежит «wildberries», а не «ozon»",
    ]);
  });

  it("checks the comparison's references, and that Ozon is in it once per company", () => {
    const errors = errorsOf((d) => {
      const c = d.marketplaceComparison;
      c.audience = "nobody";
      c.marketplaces = c.marketplaces.filter((m) => m.organisation !== "ozon");
      const [wb] = c.marketplaces;
      if (wb) {
        wb.speed.sources = ["nowhere"];
        c.marketplaces.push(structuredClone(wb));
      }
    });
    expect(errors).toEqual([
      "data/marketplace-comparison.json › marketplaceComparison › audience: нет аудитории «nobody»",
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces.0.speed.sources.0: нет источника «nowhere»",
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces.1.organisation: площадка «wildberries» уже есть в сравнении",
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces.1.speed.sources.0: нет источника «nowhere»",
      "data/marketplace-comparison.json › marketplaceComparison › marketplaces: в сравнении нет строки Ozon",
    ]);
  });

  it("rejects broken JSON in one file and a bad record in another in the same run, listing every error", () => {
    const raw = toRaw(validFixture());
    raw.sources.text = raw.sources.text.replace('"kind": "article"', '"kind": 7');
    const first = raw.channels[0];
    if (first) first.text = "{ not json";
    const errors = validateDataset(raw).errors.map(formatError);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("data/sources.json"),
        expect.stringContaining("data/channels/buyer-chat.json › - › (файл): некорректный JSON"),
      ]),
    );
  });

  it("keeps audience ids off the addresses the site's own routes and files take, read from app/ and public/", () => {
    for (const taken of ["offline", "search", "robots", "icons"]) {
      expect(errorsOf((d) => (d.audiences[0]!.id = taken)).join("\n")).toContain(
        `id совпадает с адресом, который сайт уже занимает: /${taken}`,
      );
    }
  });

  it("reads the taken first segments from the folders: groups looked into, dynamic segments and page files skipped", () => {
    const root = mkdtempSync(path.join(tmpdir(), "segments-"));
    for (const dir of ["app/(en)/press", "app/[audience]", "app/sw.js", "public/icons"]) {
      mkdirSync(path.join(root, dir), { recursive: true });
    }
    for (const file of ["app/page.tsx", "app/layout.tsx", "app/globals.css", "app/robots.ts", "public/og-image.png"]) {
      writeFileSync(path.join(root, file), "");
    }
    expect(rootSegments(root)).toEqual(["_next", "icons", "og-image", "press", "robots", "sw.js"]);
    expect(rootSegments(path.join(root, "nowhere"))).toEqual(["_next"]);
  });

  it("checks that the file name matches the id", () => {
    const raw = toRaw(validFixture());
    const first = raw.channels[0];
    if (first) first.file = "data/channels/chat.json";
    expect(validateDataset(raw).errors.map(formatError).join("\n")).toContain("имя файла должно совпадать с id");
  });
});
