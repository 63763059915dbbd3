import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { evidenceResponseHeaders } from "./evidence-response";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
const require = createRequire(import.meta.url);
const nextConfig = require("../../next.config.js") as { headers: () => Promise<HeaderRule[]> };
const { pathToRegexp } = require("next/dist/compiled/path-to-regexp") as { pathToRegexp: (source: string) => RegExp };

/**
 * What a browser gets for `pathname`, merged as Next merges them: next.config.js's rules in order (a later one
 * replaces an earlier one's header), then the route's own headers only where the config set none.
 */
async function headersAsSent(pathname: string, route: Record<string, string>): Promise<Map<string, string>> {
  const sent = new Map<string, string>();
  for (const rule of await nextConfig.headers()) {
    if (pathToRegexp(rule.source).test(pathname)) for (const { key, value } of rule.headers) sent.set(key.toLowerCase(), value);
  }
  for (const [key, value] of Object.entries(route)) if (!sent.has(key.toLowerCase())) sent.set(key.toLowerCase(), value);
  return sent;
}

describe("a screenshot's headers as the browser gets them", () => {
  const route = evidenceResponseHeaders({ mimeType: "image/png", downloadName: "evidence-x.png", size: 10, etag: '"k.png"' });

  it.each(["/api/evidence/abc", "/api/evidence/abc?size=thumb"])("%s keeps its sandbox", async (address) => {
    const sent = await headersAsSent(new URL(address, "http://localhost").pathname, route);
    expect(sent.get("content-security-policy")).toBe(route["Content-Security-Policy"]);
    expect(sent.get("content-security-policy")).toMatch(/(^|; )sandbox($|;)/);
    expect(sent.get("x-frame-options")).toBe("DENY");
  });

  it("is private to the browser, which asks again before showing it", async () => {
    const sent = await headersAsSent("/api/evidence/abc", route);
    expect(sent.get("cache-control")).toBe("private, no-cache");
    expect(sent.get("etag")).toBe('"k.png"');
  });
});
