import { readFileSync } from "node:fs";
import { expect, test, type APIResponse } from "@playwright/test";
import { inlineScriptHashes, SECURITY_HEADERS } from "../../../lib/site/security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], key).toBe(value);
}

for (const path of ["/", "/buyers", "/channels/buyer-support-chat", "/search", "/no-such-page"]) {
  test(`${path}: strict CSP allowing exactly its own inline scripts, plus the security headers`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expectSecurityHeaders(response);
    const policy = response.headers()["content-security-policy"] ?? "";
    const csp = directives(policy);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("unsafe-eval");
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSrc).toContain(hash);
  });
}

test("static files carry the security headers too", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  expect(script).toBeTruthy();
  for (const path of [script ?? "", "/icon.svg", "/manifest.webmanifest", "/robots.txt", "/sw.js"]) {
    expectSecurityHeaders(await request.get(path));
  }
});

test("the browser enforces the policy: an injected inline script does not run", async ({ page }) => {
  await page.goto("/");
  const outcome = await page.evaluate(
    () =>
      new Promise<{ violated: boolean; ran: boolean }>((resolve) => {
        document.addEventListener(
          "securitypolicyviolation",
          () => resolve({ violated: true, ran: "injected" in window }),
          { once: true },
        );
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        setTimeout(() => resolve({ violated: false, ran: "injected" in window }), 2000);
      }),
  );
  expect(outcome).toEqual({ violated: true, ran: false });
});

test("public/_headers gives static hosts the same headers as next start", () => {
  const file = readFileSync("public/_headers", "utf8");
  for (const { key, value } of SECURITY_HEADERS) expect(file).toContain(`  ${key}: ${value}\n`);
  expect(file).toContain("frame-ancestors 'none'");
});
