import { describe, expect, it } from "vitest";
import {
  applyLink,
  canonicalLinkSearch,
  linkParams,
  linkQuery,
  normaliseChoice,
  withAudience,
  withTopic,
  type LinkTopic,
} from "../../lib/compose/deep-link";
import { emptyForm, hasTypedContent, isBlankForm, parseStoredForm } from "../../lib/compose/form-state";
import { moscowDay } from "../../lib/hours/calendar";

const topics: LinkTopic[] = [
  { id: "seller-payouts", audience: "sellers", channels: [{ id: "seller-support-chat" }, { id: "seller-email" }] },
  { id: "seller-account", audience: "sellers", channels: [{ id: "seller-support-chat" }, { id: "guest-chat" }] },
  { id: "buyer-return", audience: "buyers", channels: [{ id: "buyer-support-chat" }, { id: "ozon-app" }] },
];

const typed = { ...emptyForm, whatHappened: "Выплата не пришла", orderNumber: "12345678-0012" };

describe("parseStoredForm", () => {
  it("restores a stored draft", () => {
    const form = { ...typed, audience: "sellers", topicId: "seller-payouts", evidence: ["screenshots"] };
    expect(parseStoredForm(JSON.stringify(form))).toEqual(form);
  });

  it("survives missing, corrupt and foreign storage", () => {
    expect(parseStoredForm(null)).toBeNull();
    expect(parseStoredForm("{not json")).toBeNull();
    expect(parseStoredForm("42")).toBeNull();
    expect(parseStoredForm("null")).toBeNull();
    expect(parseStoredForm("[]")).toBeNull();
  });

  it("empties fields of the wrong type and drops unknown evidence", () => {
    const raw = JSON.stringify({
      audience: "partners",
      whatHappened: 5,
      evidence: ["screenshots", "selfie", 3, "screenshots"],
      name: "Ира",
    });
    expect(parseStoredForm(raw)).toEqual({ ...emptyForm, evidence: ["screenshots"], name: "Ира" });
    expect(parseStoredForm(JSON.stringify({ evidence: "screenshots" }))).toEqual(emptyForm);
  });
});

describe("isBlankForm and moscowDay", () => {
  it("treats whitespace as nothing", () => {
    expect(isBlankForm(emptyForm)).toBe(true);
    expect(isBlankForm({ ...emptyForm, whatHappened: "  " })).toBe(true);
    expect(isBlankForm({ ...emptyForm, audience: "buyers" })).toBe(false);
    expect(isBlankForm({ ...emptyForm, evidence: ["screenshots"] })).toBe(false);
    expect(hasTypedContent({ ...emptyForm, audience: "sellers", topicId: "seller-payouts" })).toBe(false);
    expect(hasTypedContent({ ...emptyForm, name: "Ира" })).toBe(true);
  });

  it("dates by Moscow's calendar", () => {
    expect(moscowDay(new Date("2026-11-18T21:30:00Z"))).toBe("2026-11-19");
    expect(moscowDay(new Date("2026-11-18T20:59:00Z"))).toBe("2026-11-18");
  });
});

describe("choices", () => {
  it("picks a topic's audience and first channel, keeping a channel the topic offers", () => {
    expect(withTopic(emptyForm, "seller-payouts", topics)).toMatchObject({
      audience: "sellers",
      topicId: "seller-payouts",
      channelId: "seller-support-chat",
    });
    const onEmail = { ...emptyForm, channelId: "seller-email" };
    expect(withTopic(onEmail, "seller-payouts", topics).channelId).toBe("seller-email");
    expect(withTopic(onEmail, "seller-account", topics).channelId).toBe("seller-support-chat");
    expect(withTopic(onEmail, "nope", topics).topicId).toBe("");
  });

  it("clears a topic of the other audience", () => {
    const seller = withTopic(typed, "seller-payouts", topics);
    expect(withAudience(seller, "sellers", topics)).toEqual(seller);
    expect(withAudience(seller, "buyers", topics)).toEqual({
      ...typed,
      audience: "buyers",
      topicId: "",
      channelId: "",
    });
  });

  it("repairs a stored channel the topic no longer offers", () => {
    const stale = { ...emptyForm, audience: "buyers" as const, topicId: "buyer-return", channelId: "gone" };
    expect(normaliseChoice(stale, topics).channelId).toBe("buyer-support-chat");
  });
});

describe("applyLink", () => {
  it("opens a deep link with audience, topic and channel chosen", () => {
    const link = { audience: "sellers", topic: "seller-payouts", channel: "seller-email" };
    expect(applyLink(emptyForm, link, topics)).toMatchObject({
      audience: "sellers",
      topicId: "seller-payouts",
      channelId: "seller-email",
    });
  });

  it("overrides the stored choices but keeps the stored text", () => {
    const stored = { ...typed, audience: "buyers" as const, topicId: "buyer-return", channelId: "ozon-app" };
    const next = applyLink(
      stored,
      { audience: "sellers", topic: "seller-payouts", channel: "seller-support-chat" },
      topics,
    );
    expect(next).toEqual({
      ...typed,
      audience: "sellers",
      topicId: "seller-payouts",
      channelId: "seller-support-chat",
    });
  });

  it("ignores unknown or mismatched values", () => {
    expect(applyLink(typed, { audience: "aliens", topic: "nope", channel: null }, topics)).toEqual(typed);
    expect(applyLink(emptyForm, { audience: "buyers", topic: "seller-payouts" }, topics)).toMatchObject({
      audience: "buyers",
      topicId: "",
    });
    const chosen = applyLink(emptyForm, { topic: "seller-payouts", channel: "buyer-support-chat" }, topics);
    expect(chosen.channelId).toBe("seller-support-chat");
  });

  it("keeps a channel from a channel page until a topic that offers it is chosen", () => {
    const linked = applyLink(emptyForm, { audience: "sellers", channel: "guest-chat" }, topics);
    expect(linked).toMatchObject({ audience: "sellers", topicId: "", channelId: "guest-chat" });
    expect(withTopic(linked, "seller-account", topics).channelId).toBe("guest-chat");
  });

  it("writes the choices back as a query", () => {
    expect(linkQuery(emptyForm)).toBe("");
    const form = applyLink(emptyForm, { topic: "seller-payouts" }, topics);
    expect(linkQuery(form)).toBe("audience=sellers&topic=seller-payouts&channel=seller-support-chat");
  });

  it("gives nuqs null for what isn't chosen, and puts the address bar's query in linkQuery's order", () => {
    expect(linkParams({ audience: "sellers", topicId: "", channelId: "seller-email" })).toEqual({
      audience: "sellers",
      topic: null,
      channel: "seller-email",
    });
    const search = new URLSearchParams("channel=seller-email&utm_source=x&audience=sellers&topic=seller-payouts");
    expect(canonicalLinkSearch(search).toString()).toBe("audience=sellers&topic=seller-payouts&channel=seller-email");
    expect(canonicalLinkSearch(new URLSearchParams("utm_source=x")).toString()).toBe("");
  });
});
