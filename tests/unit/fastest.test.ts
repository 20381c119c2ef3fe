import { describe, expect, it } from "vitest";
import { fastestHumanChannels } from "@/lib/replies/fastest";
import { loadDirectory } from "@/lib/dataset/load";

describe("fastestHumanChannels", () => {
  const channels = loadDirectory().channels;
  const picked = fastestHumanChannels(channels);

  it("offers working chats or phones for different audiences, each with a first-reply time from a source", () => {
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(picked.map((c) => c.audiences[0])).size).toBe(picked.length);
    for (const c of picked) {
      expect(c.status).toBe("active");
      expect(["chat", "phone"]).toContain(c.kind);
      expect(c.responseTimes.some((r) => r.stage === "first-reply")).toBe(true);
    }
  });

  it("puts the buyer chat first and never a disputed hotline", () => {
    expect(picked[0]?.id).toBe("buyer-support-chat");
    expect(picked.map((c) => c.id)).not.toContain("hotline-8800");
  });

  it("leaves out the bank's chat: staffed hours, but no source says how fast a person answers", () => {
    const bank = channels.find((c) => c.id === "bank-chat");
    expect(bank?.hours?.staffing.length).toBeGreaterThan(0);
    expect(picked.map((c) => c.id)).not.toContain("bank-chat");
  });
});
