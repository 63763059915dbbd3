import { describe, expect, it } from "vitest";
import { conditionalResponse, encodedEtag, gzipEtag, ifNoneMatchHits, PUBLIC_CACHE_CONTROL, weakEtag } from "./conditional-response";

const headers = { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="x.csv"', Link: '<https://l>; rel="license"' };

describe("weakEtag", () => {
  it("is a quoted weak tag that changes with the content and only with it", () => {
    expect(weakEtag("Жумагулов")).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    expect(weakEtag("a")).toBe(weakEtag("a"));
    expect(weakEtag("a")).not.toBe(weakEtag("b"));
  });
});

describe("ifNoneMatchHits", () => {
  const tag = weakEtag("data");
  it.each([
    [tag, true],
    [tag.replace(/^W\//, ""), true],
    [`"other", ${tag}`, true],
    ["*", true],
    ['"other"', false],
    ["", false],
    [null, false],
  ])("%j → %s", (header, hit) => {
    expect(ifNoneMatchHits(header, tag)).toBe(hit);
  });
});

describe("conditionalResponse", () => {
  const etag = weakEtag("body");

  it("answers 200 with the body, the tag and the caching rule", async () => {
    const response = conditionalResponse(new Request("http://localhost/x"), { body: "body", etag, headers });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("body");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  });

  it("answers 304 with no body to a client that holds this version", async () => {
    const request = new Request("http://localhost/x", { headers: { "If-None-Match": etag } });
    const response = conditionalResponse(request, { body: "body", etag, headers });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get("Content-Type")).toBeNull();
    expect(response.headers.get("Content-Disposition")).toBeNull();
    expect(response.headers.get("Link")).toBe(headers.Link);
  });

  it("answers 200 to a client holding an older version", () => {
    const request = new Request("http://localhost/x", { headers: { "If-None-Match": weakEtag("older") } });
    expect(conditionalResponse(request, { body: "body", etag, headers }).status).toBe(200);
  });

  it("sends the same Vary and the time of the last change with the 200 and the 304", () => {
    const lastModified = new Date("2024-09-01T10:00:00.500Z");
    const ok = conditionalResponse(new Request("http://localhost/x"), { body: "body", etag, headers, lastModified });
    const request = new Request("http://localhost/x", { headers: { "If-None-Match": etag } });
    const notModified = conditionalResponse(request, { body: "body", etag, headers, lastModified });
    expect(notModified.status).toBe(304);
    for (const response of [ok, notModified]) {
      expect(response.headers.get("Vary")).toBe("Accept-Encoding");
      expect(response.headers.get("Last-Modified")).toBe("Sun, 01 Sep 2024 10:00:00 GMT");
    }
  });

  it("answers 304 by the tag only: a time alone cannot be trusted to catch a change committed late", () => {
    const lastModified = new Date("2024-09-01T10:00:00Z");
    const request = new Request("http://localhost/x", { headers: { "If-Modified-Since": "Mon, 02 Sep 2024 10:00:00 GMT" } });
    expect(conditionalResponse(request, { body: "body", etag, headers, lastModified }).status).toBe(200);
  });
});

describe("gzipEtag", () => {
  it("gives the gzipped bytes a tag of their own, strong or weak as the plain one", () => {
    expect(gzipEtag('"abc"')).toBe('"abc-gzip"');
    expect(gzipEtag('W/"abc"')).toBe('W/"abc-gzip"');
    expect(ifNoneMatchHits('"abc"', gzipEtag('"abc"'))).toBe(false);
    expect(encodedEtag('"abc"', "deflate")).toBe('"abc-deflate"');
    expect(encodedEtag('"abc-gzip"', "gzip")).toBe('"abc-gzip"');
  });
});
