/**
 * Which addresses proxy.ts runs for: every page (it gives each its Content-Security-Policy), never the public
 * embeds, the API or static files, which carry their own headers.
 */
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "./proxy";

const runsFor = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });

describe("proxy.ts's matcher", () => {
  it.each(["/", "/login", "/dashboard", "/embed-builder", "/embed-builder?kind=comparison&lang=en", "/embeds", "/apis", "/observations/new", "/methodology"])(
    "runs for the page %s",
    (url) => expect(runsFor(url)).toBe(true),
  );

  it.each([
    "/embed",
    "/embed/comparison",
    "/embed/official/abc",
    "/embed/embed.css",
    "/api/health",
    "/api/public/observations.csv",
    "/_next/static/chunks/x.js",
    "/favicon.ico",
    "/icon.svg",
    "/robots.txt",
  ])("leaves %s alone", (url) => expect(runsFor(url)).toBe(false));

  it("skips Next's prefetches, which render no page", () => {
    expect(runsFor("/dashboard", { "next-router-prefetch": "1" })).toBe(false);
  });
});
