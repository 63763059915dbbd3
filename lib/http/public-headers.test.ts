import { describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "./conditional-response";
import { publicHeaders } from "./public-headers";

describe("the headers the production server sets for shared caches", () => {
  it.each([
    ["/embed/comparison?lang=kk", 200],
    ["/embed/comparison?lang=kk", 304],
    ["/embed/official/abc", 200],
    ["/api/public/observations.csv", 200],
    ["/api/public/officials.json?asOf=2024-08-31", 304],
  ])("%s (%i) varies on Accept-Encoding only, a 304 like its 200", (url, status) => {
    expect(publicHeaders("GET", url, status)?.vary).toBe("Accept-Encoding");
    expect(publicHeaders("HEAD", url, status)?.vary).toBe("Accept-Encoding");
  });

  it("marks an embed's tag with its body's encoding, not an export's weak one", () => {
    expect(publicHeaders("GET", "/embed/comparison", 200)?.tagEncoding).toBe(true);
    expect(publicHeaders("GET", "/api/public/observations.csv", 200)?.tagEncoding).toBeUndefined();
  });

  it("makes /methodology in a language cacheable by anyone, and without one by the reader's browser only", () => {
    for (const lang of ["ru", "kk", "en"]) {
      expect(publicHeaders("GET", `/methodology?lang=${lang}`, 200)).toEqual({ cacheControl: "public, max-age=600" });
    }
    // The language then comes from the cookie: a shared copy would serve one reader's language to all.
    for (const url of ["/methodology", "/methodology?lang=de"]) {
      expect(publicHeaders("GET", url, 200)).toEqual({ cacheControl: "private, max-age=600", appendVary: "Cookie" });
    }
  });

  it("leaves everything else as Next wrote it: errors, other methods, other pages", () => {
    expect(publicHeaders("GET", "/methodology?lang=en", 500)).toBeNull();
    expect(publicHeaders("POST", "/methodology", 200)).toBeNull();
    expect(publicHeaders("POST", "/embed/comparison", 200)).toBeNull();
    expect(publicHeaders("GET", "/dashboard", 200)).toBeNull();
    expect(publicHeaders("GET", "/embed-builder", 200)).toBeNull();
    expect(publicHeaders("GET", "/api/health", 200)).toBeNull();
    expect(publicHeaders("GET", "/methodology/x", 200)).toBeNull();
  });

  it("the exports live in a shared cache no longer than the minute docs/open-data.md promises", () => {
    const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(PUBLIC_CACHE_CONTROL)?.[1] ?? 0);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, /);
    expect(seconds("max-age") + seconds("stale-while-revalidate")).toBeLessThanOrEqual(60);
    expect(PUBLIC_CACHE_CONTROL).not.toMatch(/stale-if-error/);
  });
});
