import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { acceptsGzip } from "../lib/http/accepts-gzip";
import {
  answerFromPublishedResponses,
  clearPublishedResponses,
  freshPublishedResponse,
  MEMORY_HIT_HEADER,
  publishedResponseKey,
  rememberPublishedResponse,
  type PublishedResponse,
} from "./published-responses";

// A real node:http server, as server/index.ts runs it: what is not answered from memory gets a 599 "went to Next".
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (!answerFromPublishedResponses(request, response)) response.writeHead(599).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => clearPublishedResponses());

const html = Buffer.from("<!doctype html><p>Жусуп Жумагулов: ≈ 10 тыс.</p>", "utf8");
function published(overrides: Partial<PublishedResponse> = {}): PublishedResponse {
  return {
    body: html,
    gzipped: gzipSync(html),
    headers: { "Content-Type": "text/html; charset=utf-8", ETag: '"abc"', "Cache-Control": "public, no-cache", "X-Content-Type-Options": "nosniff" },
    etag: '"abc"',
    freshUntil: Date.now() + 60_000,
    ...overrides,
  };
}

describe("answering embeds from memory", () => {
  it("sends a remembered embed again, byte for byte, with its headers", async () => {
    rememberPublishedResponse("/embed/comparison?lang=kk", published());
    const response = await fetch(`${base}/embed/comparison?lang=kk`, { headers: { "Accept-Encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(html);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("etag")).toBe('"abc"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-length")).toBe(String(html.length));
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("sends the gzipped copy to a browser that accepts it", async () => {
    rememberPublishedResponse("/embed/comparison", published());
    const response = await fetch(`${base}/embed/comparison`, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    // Another representation, another tag (RFC 9110, 8.8.3): a cache never answers a plain request with it.
    expect(response.headers.get("etag")).toBe('"abc-gzip"');
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    // fetch decodes it: what the reader gets is the page itself.
    expect(Buffer.from(await response.arrayBuffer())).toEqual(html);
  });

  it("answers a browser that holds the page with 304 and no body, with the 200's Vary and tag", async () => {
    rememberPublishedResponse("/embed/official/abc", published());
    for (const [encoding, tag] of [
      ["identity", '"abc"'],
      ["gzip, br", '"abc-gzip"'],
    ]) {
      const response = await fetch(`${base}/embed/official/abc`, { headers: { "Accept-Encoding": encoding!, "If-None-Match": `W/${tag}` } });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(tag);
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      expect(response.headers.get("content-type")).toBeNull();
      expect(await response.text()).toBe("");
    }
  });

  it("sends the body to a browser holding the other encoding's tag", async () => {
    rememberPublishedResponse("/embed/official/abc", published());
    const gzipWithPlainTag = await fetch(`${base}/embed/official/abc`, { headers: { "Accept-Encoding": "gzip", "If-None-Match": '"abc"' } });
    expect(gzipWithPlainTag.status).toBe(200);
    const plainWithGzipTag = await fetch(`${base}/embed/official/abc`, { headers: { "Accept-Encoding": "identity", "If-None-Match": '"abc-gzip"' } });
    expect(plainWithGzipTag.status).toBe(200);
  });

  it("finds an address however its query is escaped (Next re-encodes what route handlers see)", async () => {
    rememberPublishedResponse("/embed/comparison?lang=ru&akimats=sko%2Cpetropavlovsk", published());
    expect((await fetch(`${base}/embed/comparison?lang=ru&akimats=sko,petropavlovsk`)).status).toBe(200);
    expect(publishedResponseKey("/embed/c?q=%D0%B0+b")).toBe(publishedResponseKey("/embed/c?q=а%20b"));
  });

  it("compares the path exactly: dot segments and backslashes are Next's to interpret", async () => {
    rememberPublishedResponse("/embed/comparison", published());
    for (const path of ["/embed/x/../comparison", "/embed/./comparison", "/embed\\comparison", "/embed//comparison", "/embed/Comparison"]) {
      expect(freshPublishedResponse(path, Date.now()), path).toBeUndefined();
    }
    // Sent as written (fetch would resolve the dot segments before sending).
    const status = await new Promise<number>((resolve, reject) =>
      request({ host: "127.0.0.1", port: new URL(base).port, path: "/embed/x/../comparison" }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on("error", reject)
        .end(),
    );
    expect(status).toBe(599);
  });

  it("leaves to Next: a stale entry, another address, another method, a path outside the embeds", async () => {
    rememberPublishedResponse("/embed/comparison?lang=en", published({ freshUntil: Date.now() - 1 }));
    rememberPublishedResponse("/embed/comparison?lang=kk", published());
    rememberPublishedResponse("/dashboard", published());
    expect((await fetch(`${base}/embed/comparison?lang=en`)).status).toBe(599);
    expect((await fetch(`${base}/embed/comparison?lang=kk&platform=INSTAGRAM`)).status).toBe(599);
    expect((await fetch(`${base}/embed/comparison?lang=kk`, { method: "HEAD" })).status).toBe(599);
    expect((await fetch(`${base}/embed/comparison?lang=kk`, { method: "POST" })).status).toBe(599);
    expect((await fetch(`${base}/dashboard`)).status).toBe(599);
  });

  it("says so when it answers from memory, on 200 and 304, and only then, without storing it", async () => {
    rememberPublishedResponse("/embed/comparison?lang=kk", published());
    expect((await fetch(`${base}/embed/comparison?lang=kk`)).headers.get(MEMORY_HIT_HEADER)).toBe("hit");
    const notModified = await fetch(`${base}/embed/comparison?lang=kk`, { headers: { "Accept-Encoding": "identity", "If-None-Match": '"abc"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get(MEMORY_HIT_HEADER)).toBe("hit");
    const toNext = await fetch(`${base}/embed/comparison?lang=en`);
    expect(toNext.status).toBe(599);
    expect(toNext.headers.get(MEMORY_HIT_HEADER)).toBeNull();
    const stored = Object.keys(freshPublishedResponse("/embed/comparison?lang=kk", Date.now())?.headers ?? {});
    expect(stored.map((name) => name.toLowerCase())).not.toContain(MEMORY_HIT_HEADER.toLowerCase());
  });

  it("keeps at most a thousand addresses, forgetting the least recently remembered", () => {
    for (let index = 0; index < 1001; index += 1) rememberPublishedResponse(`/embed/comparison?n=${index}`, published());
    expect(freshPublishedResponse("/embed/comparison?n=0", Date.now())).toBeUndefined();
    expect(freshPublishedResponse("/embed/comparison?n=1000", Date.now())).toBeDefined();
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["*", true],
    ["GZIP", true],
    ["gzip;q=0", false],
    ["identity", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
  it("the gzipped copy decodes to the page", () => {
    expect(gunzipSync(published().gzipped)).toEqual(html);
  });
});
