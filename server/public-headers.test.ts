import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPublicHeadersOnWrite } from "./public-headers";

// A real node:http server standing in for Next: it writes what Next writes (its router's Vary; a 304 with none).
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    setPublicHeadersOnWrite(request, response);
    response.appendHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    if (request.url!.startsWith("/methodology")) response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    if (request.headers["if-none-match"]) {
      response.removeHeader("Vary");
      response.writeHead(304).end();
      return;
    }
    response.setHeader("ETag", '"abc"');
    // As Next's compression does, just before the head goes out (on-headers wraps writeHead after this server).
    const writeHead = response.writeHead;
    response.writeHead = function (this: typeof response, ...args: Parameters<typeof writeHead>) {
      if (request.headers["accept-encoding"]?.includes("gzip")) {
        this.appendHeader("Vary", "Accept-Encoding");
        this.setHeader("Content-Encoding", "gzip");
      }
      return writeHead.apply(this, args);
    } as typeof writeHead;
    response.end(request.headers["accept-encoding"]?.includes("gzip") ? gzipSync("<p>ok</p>") : "<p>ok</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the public responses' headers, set as the head is written", () => {
  it("an embed's or an export's 200 and 304 both vary on Accept-Encoding, and on nothing of Next's router", async () => {
    for (const path of ["/embed/comparison?lang=kk", "/api/public/observations.json"]) {
      const ok = await fetch(`${base}${path}`);
      expect(ok.headers.get("vary"), path).toBe("Accept-Encoding");
      const notModified = await fetch(`${base}${path}`, { headers: { "If-None-Match": '"x"' } });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get("vary"), path).toBe(ok.headers.get("vary"));
    }
  });

  it("an embed's tag names the encoding Next gzipped its body in; the plain body keeps the route's tag", async () => {
    const gzipped = await fetch(`${base}/embed/comparison`, { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.headers.get("etag")).toBe('"abc-gzip"');
    expect(await gzipped.text()).toBe("<p>ok</p>");
    const plain = await fetch(`${base}/embed/comparison`, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("etag")).toBe('"abc"');
    // The exports' weak tags stand for every encoding of the same data.
    expect((await fetch(`${base}/api/public/officials.json`, { headers: { "Accept-Encoding": "gzip" } })).headers.get("etag")).toBe('"abc"');
  });

  it("/methodology is cacheable: by anyone in a language, by the reader's browser by its cookie", async () => {
    const shared = await fetch(`${base}/methodology?lang=en`);
    expect(shared.headers.get("cache-control")).toBe("public, max-age=600");
    expect(shared.headers.get("vary")).toContain("rsc");
    const own = await fetch(`${base}/methodology`);
    expect(own.headers.get("cache-control")).toBe("private, max-age=600");
    expect(own.headers.get("vary")).toMatch(/, Cookie$/);
  });

  it("leaves the other pages as Next wrote them", async () => {
    const page = await fetch(`${base}/dashboard`);
    expect(page.headers.get("vary")).toBe("rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  });
});
