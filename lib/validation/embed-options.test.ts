import { describe, expect, it } from "vitest";
import { comparisonEmbedQuery, parseComparisonEmbedOptions, parseOfficialEmbedOptions } from "./embed-options";

const parse = (query: string) => parseComparisonEmbedOptions(new URLSearchParams(query));

describe("embed options", () => {
  it("defaults to Russian, the region and the city, all platforms, reach, today", () => {
    expect(parse("")).toEqual({ lang: "ru", akimats: [], platform: undefined, metric: "reach", asOf: undefined });
  });

  it("reads every option", () => {
    expect(parse("lang=kk&akimats=sko,petropavlovsk&platform=INSTAGRAM&metric=activity&asOf=2024-08-31")).toEqual({
      lang: "kk",
      akimats: ["sko", "petropavlovsk"],
      platform: "INSTAGRAM",
      metric: "activity",
      asOf: "2024-08-31",
    });
  });

  it("falls back to defaults on bad values instead of breaking an article", () => {
    expect(parse("lang=de&akimats=<script>,sko,SKO,,x y&platform=MYSPACE&metric=likes&asOf=2024-02-30")).toEqual({
      lang: "ru",
      akimats: ["sko"],
      platform: undefined,
      metric: "reach",
      asOf: undefined,
    });
    expect(parseOfficialEmbedOptions(new URLSearchParams("lang=en&asOf=yesterday"))).toEqual({ lang: "en", asOf: undefined });
  });

  it("writes one canonical address per view", () => {
    expect(comparisonEmbedQuery(parse("metric=reach&akimats=sko, petropavlovsk&lang=en"))).toBe("lang=en&akimats=sko,petropavlovsk");
    expect(comparisonEmbedQuery(parse("platform=FACEBOOK&metric=openness&asOf=2024-08-31"))).toBe("lang=ru&platform=FACEBOOK&metric=openness&asOf=2024-08-31");
  });
});
