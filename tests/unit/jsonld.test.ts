import { describe, expect, it } from "vitest";
import { organizationJsonLd, serializeJsonLd } from "@/lib/site/jsonld";
import { loadDirectory } from "@/lib/dataset/load";

describe("organization JSON-LD", () => {
  const dir = loadDirectory();
  const data = organizationJsonLd(dir.channels, dir.audiences);
  const json = serializeJsonLd(data);

  it("is valid JSON that round-trips", () => {
    expect(JSON.parse(json)).toEqual(data);
  });

  it("lists only active Ozon channels, never a discontinued, disputed or third-party one", () => {
    const values = data.contactPoint.map((p) => p.telephone ?? p.email);
    for (const c of dir.channels.filter((x) => x.status !== "active")) {
      if (c.value) expect(values).not.toContain(c.value);
    }
    expect(values).toContain("ozon-hotline@delret.ru");
    expect(values).not.toContain("+78002347000");
    expect(values).toContain("+78005558982");
  });

  it("escapes characters that could end the script element", () => {
    expect(serializeJsonLd({ x: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(serializeJsonLd({ x: "</script>\u2028" }))).toEqual({ x: "</script>\u2028" });
  });
});
