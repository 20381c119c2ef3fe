import { describe, expect, it } from "vitest";
import { fastestHumanChannels } from "@/lib/fastest";
import { loadDirectory } from "@/lib/load-directory";

describe("fastestHumanChannels", () => {
  const picked = fastestHumanChannels(loadDirectory().channels);

  it("offers three working chats or phones for three different audiences", () => {
    expect(picked).toHaveLength(3);
    expect(new Set(picked.map((c) => c.audiences[0])).size).toBe(3);
    for (const c of picked) {
      expect(c.status).toBe("active");
      expect(["chat", "phone"]).toContain(c.kind);
    }
  });

  it("puts the buyer chat first and never a discontinued hotline", () => {
    expect(picked[0]?.id).toBe("buyer-support-chat");
    expect(picked.map((c) => c.id)).not.toContain("hotline-8800");
  });
});
