import { describe, expect, it } from "vitest";
import { loadDirectory } from "@/lib/dataset/load";
import { deriveEvidence, sourceIndex } from "@/lib/trust/evidence";
import { disagreementSummary } from "@/lib/trust/attribution";
import { shiftsOf } from "@/lib/hours/open-state";
import { openNowView } from "@/lib/hours/open-now-text";
import { firstReplyRange } from "@/lib/replies/range";
import { fastestHumanChannels } from "@/lib/replies/fastest";
import { buildComposeCatalog } from "@/lib/compose/catalog";
import type { Channel } from "@/lib/dataset/schema";

/** The audit's findings (issue 13), each checked against the real dataset so that none comes back. */

const dir = loadDirectory();
const index = sourceIndex(dir.sources);
const organisations = new Map(dir.organisations.map((o) => [o.id, o]));

function evidence(c: Channel) {
  const owner = organisations.get(c.organisation);
  if (!owner) throw new Error(`no organisation ${c.organisation}`);
  return deriveEvidence(c, index, owner);
}

function channel(id: string): Channel {
  const c = dir.channels.find((x) => x.id === id);
  if (!c) throw new Error(`no channel ${id}`);
  return c;
}

const byIds = (ids: string[]) => ids.join("+");

describe("1. open now rests on the sources that state the hours, not on a heading", () => {
  const lateEvening = new Date("2026-07-09T23:00:00+03:00");

  it.each(["buyer-support-chat", "guest-chat", "ozon-app"])(
    "%s at 23:00: the bot answers, operators from 09:00, by the one article that gives chat hours",
    (id) => {
      const hours = channel(id).hours;
      if (!hours) throw new Error("no hours");
      expect(hours.staffing.flatMap((s) => s.sources)).not.toContain("ozon-corporate-contacts");
      const view = openNowView(shiftsOf(hours, byIds), lateEvening, "Europe/Moscow");
      expect(view.headline).toBe("bot");
      expect(view.lines.map((l) => l.text)).toEqual(["бот отвечает круглосуточно", "операторов нет, с 09:00 МСК"]);
    },
  );

  it("at noon says operators are on duty until 22:00", () => {
    const hours = channel("buyer-support-chat").hours;
    if (!hours) throw new Error("no hours");
    const view = openNowView(shiftsOf(hours, byIds), new Date("2026-07-09T12:00:00+03:00"), "Europe/Moscow");
    expect(view.headline).toBe("live");
    expect(view.lines.find((l) => l.who === "operators")?.text).toBe("операторы на связи, до 22:00 МСК");
  });

  it("gives the disputed 8 800 line the hours its own sources claim", () => {
    expect(channel("hotline-8800").hours?.staffing).toEqual([
      expect.objectContaining({
        who: "service",
        schedule: { type: "always" },
        sources: ["all-contacts-article", "ezh-seller-guide", "hotline-ads-article"],
      }),
    ]);
  });
});

describe("2. no text ranks sources by an age nobody recorded", () => {
  it("gives no source a publication date: none of the articles states one", () => {
    expect(dir.sources.filter((s) => s.publishedAt !== undefined)).toEqual([]);
  });
});

describe("3. not mentioned is not «does not work»", () => {
  it.each(["ethics-email-deloitte", "ethics-site-deloitte"])("%s is disputed, not discontinued", (id) => {
    const c = channel(id);
    expect(c.status).toBe("disputed");
    expect(evidence(c)).toMatchObject({ status: "disputed", confidence: "conflict" });
    expect(c.summary + c.verdict).not.toMatch(/переименов|сменил название/);
  });

  it("tallies a contact listed in its place separately from «не работает»", () => {
    const summary = disagreementSummary(evidence(channel("ethics-email-deloitte")));
    expect(summary).toBe(
      "Источники расходятся: 1 публикация приводит его как действующий, 2 публикации дают на его месте другой контакт.",
    );
  });
});

describe("4. the best case is not presented as typical", () => {
  it("shows the buyer chat's first reply as the range across sources", () => {
    expect(firstReplyRange(channel("buyer-support-chat").responseTimes)).toBe("1–15 минут");
  });

  it("ranks the home page's channels by the slowest figure a source gives", () => {
    const base = channel("buyer-support-chat");
    const optimistic: Channel = {
      ...base,
      id: "optimistic",
      audiences: ["a"],
      responseTimes: [
        { from: 1, to: 3, unit: "minutes", stage: "first-reply", source: "x" },
        { from: 20, to: 25, unit: "minutes", stage: "first-reply", source: "y" },
      ],
    };
    const steady: Channel = {
      ...base,
      id: "steady",
      audiences: ["b"],
      responseTimes: [{ from: 10, to: 12, unit: "minutes", stage: "first-reply", source: "x" }],
    };
    expect(fastestHumanChannels([optimistic, steady], 2).map((c) => c.id)).toEqual(["steady", "optimistic"]);
  });
});

describe("5. texts agree with their own records", () => {
  it("does not say flatly that there are no regional numbers while they are disputed", () => {
    const topic = dir.topics.find((t) => t.id === "buyer-call-human");
    expect(channel("moscow-phone").status).toBe("disputed");
    const flat = (topic?.description ?? "")
      .split(/(?<=\.)\s/)
      .filter((sentence) => /региональных номеров нет/.test(sentence) && !/пишет/.test(sentence));
    expect(flat).toEqual([]);
    expect(topic?.description).toMatch(/неизвестно/);
  });

  it("does not say sellers never had a phone while one article says they had one", () => {
    const sellers = dir.audiences.find((a) => a.id === "sellers");
    expect(sellers?.noPhone).not.toMatch(/не было/);
  });

  it("does not call the head office phone the only working one: the Travel line is a working phone too", () => {
    expect(channel("travel-priority-line")).toMatchObject({ kind: "phone", status: "active" });
    expect(channel("head-office-phone").summary).not.toMatch(/единственн/i);
  });

  it("does not call an advertiser-only channel working", () => {
    expect(channel("seller-messengers").status).not.toBe("active");
    expect(evidence(channel("seller-messengers")).confidence).toBe("advertiser");
  });

  it("does not say sources disagree about the Telegram bot, which one source names", () => {
    const bot = channel("ozon-telegram-bot");
    expect(evidence(bot).confidence).toBe("single");
    expect(bot.verdict).not.toMatch(/расход/);
  });

  it("does not say the 8 800 line was switched off and redirects to the chat in one breath", () => {
    const hotline = channel("hotline-8800");
    expect(hotline.summary).not.toMatch(/отключ/);
    expect(hotline.cannotHelp.join(" ")).not.toMatch(/отключ/);
  });
});

describe("6. steps fit the people who write", () => {
  it("asks no private person which organisation they represent", () => {
    for (const id of ["ir-email", "driver-reports-email", "crossborder-email"]) {
      expect(
        channel(id)
          .steps.flatMap((s) => s.items)
          .join(" "),
      ).not.toMatch(/организаци/);
    }
  });

  it("pastes no step into more than two email channels", () => {
    const uses = new Map<string, number>();
    for (const c of dir.channels.filter((x) => x.kind === "email")) {
      for (const item of new Set(c.steps.flatMap((s) => s.items))) uses.set(item, (uses.get(item) ?? 0) + 1);
    }
    expect([...uses].filter(([, n]) => n > 2)).toEqual([]);
  });
});

describe("facts the seeds give", () => {
  it("has Ozon's Instagram and Odnoklassniki, each with its source", () => {
    for (const id of ["ozon-instagram", "ozon-odnoklassniki"]) {
      expect(channel(id).claims.map((c) => c.source)).toEqual(["ezh-seller-guide"]);
    }
  });

  it("states the support language, escalation, the fraud warning and the sellers' facts, each sourced", () => {
    const ids = dir.guidance.facts.map((f) => f.id);
    for (const id of [
      "language",
      "senior-specialist",
      "seller-escalation",
      "official-channels-only",
      "seller-chat-after-registration",
      "seller-course",
      "personal-manager",
      "phone-waits",
      "round-the-clock",
      "live-operators",
      "chat-tips",
    ]) {
      expect(ids).toContain(id);
    }
    for (const f of dir.guidance.facts) expect(f.sources.length).toBeGreaterThan(0);
  });
});

describe("the composer's follow-up date", () => {
  it("waits for the slowest first reply a source gives, not the best case", () => {
    const catalog = buildComposeCatalog(dir);
    const chat = catalog.topics
      .flatMap((t) => t.channels)
      .find((c) => c.id === "buyer-support-chat" && c.category === undefined);
    expect(chat?.response?.text).toBe("10–15 минут");
  });
});
