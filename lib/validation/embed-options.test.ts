import { describe, expect, it } from "vitest";
import {
  builderChangesEmbedOptions,
  builderEmbedDates,
  changesEmbedQuery,
  changesPublishedByOf,
  comparisonEmbedQuery,
  officialEmbedQuery,
  parseChangesEmbedOptions,
  parseComparisonEmbedOptions,
  parseOfficialEmbedOptions,
  publishedByOf,
} from "./embed-options";

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

  describe("the builder's dates (issue 17, part 5)", () => {
    const today = "2026-12-06";
    const dates = (query: string) => builderEmbedDates(new URLSearchParams(query), today);
    const comparisonAddress = (query: string) => comparisonEmbedQuery({ ...parse(query), asOf: dates(query).asOf, published: dates(query).published });

    it("pins an article's embed to today by default: the day the code is made", () => {
      expect(dates("")).toEqual({ dates: "pinned", asOf: "2026-12-06", wave: undefined, published: "2026-12-06" });
      expect(dates("dates=pinned&asOf=")).toEqual({ dates: "pinned", asOf: "2026-12-06", wave: undefined, published: "2026-12-06" });
      expect(comparisonAddress("lang=en")).toBe("lang=en&asOf=2026-12-06&published=2026-12-06");
      expect(officialEmbedQuery({ lang: "kk", ...dates("lang=kk") })).toBe("lang=kk&asOf=2026-12-06&published=2026-12-06");
    });

    it("pins to the day chosen, and never to a day not yet known", () => {
      expect(dates("dates=pinned&asOf=2024-08-31")).toMatchObject({ dates: "pinned", asOf: "2024-08-31", published: today });
      expect(comparisonAddress("akimats=sko&asOf=2024-08-31")).toBe("lang=ru&akimats=sko&asOf=2024-08-31&published=2026-12-06");
      expect(dates("asOf=2027-01-01")).toMatchObject({ dates: "pinned", asOf: today });
      expect(dates("asOf=2024-02-30")).toMatchObject({ dates: "pinned", asOf: today });
    });

    it("gives live embeds, always the latest published data, only when chosen: no asOf in their address", () => {
      expect(dates("dates=live&asOf=2024-08-31&published=2024-09-01")).toEqual({ dates: "live", asOf: undefined, wave: undefined, published: undefined });
      expect(comparisonAddress("dates=live&lang=en&metric=openness&asOf=2024-08-31")).toBe("lang=en&metric=openness");
      expect(dates("dates=whatever")).toMatchObject({ dates: "pinned", asOf: today });
    });

    it("pins to a survey wave chosen among those there are (issue 16, part 5): the address keeps the wave, not a day", () => {
      const waves = ["cm0wave2024aug", "cm0wave2026dec"];
      const withWaves = (query: string) => builderEmbedDates(new URLSearchParams(query), today, waves);
      expect(withWaves("dates=wave&wave=cm0wave2024aug&asOf=2024-08-31")).toEqual({
        dates: "wave",
        asOf: undefined,
        wave: "cm0wave2024aug",
        published: undefined,
      });
      expect(comparisonEmbedQuery({ ...parse("lang=en"), ...withWaves("dates=wave&wave=cm0wave2024aug") })).toBe("lang=en&wave=cm0wave2024aug");
      expect(officialEmbedQuery({ lang: "kk", ...withWaves("dates=wave&wave=cm0wave2026dec") })).toBe("lang=kk&wave=cm0wave2026dec");
      // A wave that is not there, or none chosen, pins to the day.
      expect(withWaves("dates=wave&wave=cm0gone")).toEqual({ dates: "pinned", asOf: today, wave: undefined, published: today });
      expect(withWaves("dates=wave")).toEqual({ dates: "pinned", asOf: today, wave: undefined, published: today });
      // An address written by hand: a malformed wave is dropped, a wave wins over a day.
      expect(parse("wave=<script>").wave).toBeUndefined();
      expect(comparisonEmbedQuery(parse("asOf=2024-08-31&published=2026-12-06&wave=cm0wave2024aug"))).toBe("lang=ru&wave=cm0wave2024aug");
    });

    it("keeps the day an article was published, so that its figures stay those approved by then (decision 0007)", () => {
      // A saved embed reopened in the builder keeps its day of publication: editing its text moves nothing.
      expect(dates("asOf=2024-08-31&published=2026-11-20")).toMatchObject({ asOf: "2024-08-31", published: "2026-11-20" });
      // One not yet come, before the figures' own day, or malformed is today.
      expect(dates("asOf=2024-08-31&published=2027-01-01").published).toBe(today);
      expect(dates("asOf=2024-08-31&published=2024-08-30").published).toBe(today);
      expect(dates("asOf=2024-08-31&published=yesterday").published).toBe(today);
      // An address written by hand: a day of publication before the figures' day is their day; without a day, none.
      expect(comparisonEmbedQuery(parse("asOf=2024-08-31&published=2024-08-01"))).toBe("lang=ru&asOf=2024-08-31&published=2024-08-31");
      expect(comparisonEmbedQuery(parse("published=2024-08-01"))).toBe("lang=ru");
      // The cut: the end of the day of publication in the newsroom's zone (UTC+5), for a day's view only.
      expect(publishedByOf(parse("asOf=2024-08-31&published=2024-09-02"), new Date("2026-12-06T00:00:00Z"))).toEqual(new Date("2024-09-02T18:59:59.999Z"));
      expect(publishedByOf(parse("asOf=2024-08-31"))).toBeUndefined();
      expect(publishedByOf(parse("wave=cm0wave2024aug&asOf=2024-08-31&published=2024-09-02"))).toBeUndefined();
    });
  });

  describe("the change embed (issue 16, part 4)", () => {
    const changes = (query: string) => parseChangesEmbedOptions(new URLSearchParams(query));

    it("reads two sides, each a wave's id or a day, the akimats and the language", () => {
      expect(changes("lang=kk&from=clx0wave1&to=2026-08-31&akimats=petropavlovsk")).toEqual({
        lang: "kk",
        from: { kind: "wave", waveId: "clx0wave1" },
        to: { kind: "date", day: "2026-08-31" },
        akimats: ["petropavlovsk"],
      });
    });

    it("leaves a bad side missing, for the embed to say so, and other bad values at their defaults", () => {
      expect(changes("lang=de&from=2024-02-31&to=';drop&akimats=<b>,SKO")).toEqual({ lang: "ru", from: undefined, to: undefined, akimats: ["sko"] });
    });

    it("writes one canonical address per view", () => {
      expect(changesEmbedQuery(changes("akimats=sko, petropavlovsk&to=clx0wave2&from=2024-08-31&lang=en"))).toBe(
        "lang=en&from=2024-08-31&to=clx0wave2&akimats=sko,petropavlovsk",
      );
      expect(changesEmbedQuery(changes("from=clx0wave1"))).toBe("lang=ru&from=clx0wave1");
    });

    describe("in the builder", () => {
      const today = "2026-12-06";
      const waves = [
        { id: "clx0open1", closed: false },
        { id: "clx0wave3", closed: true },
        { id: "clx0wave2", closed: true },
        { id: "clx0wave1", closed: true },
      ];
      const built = (query: string, choices = waves) => changesEmbedQuery(builderChangesEmbedOptions(new URLSearchParams(query), { today, waves: choices }));

      it("takes a filled date over the wave, as the newsroom's report does, and never a day not yet come", () => {
        expect(built("kind=changes&from=clx0wave1&fromDate=&to=clx0wave2&toDate=2026-12-01&lang=en")).toBe(
          "lang=en&from=clx0wave1&to=2026-12-01&published=2026-12-06",
        );
        expect(built("from=2024-08-31&to=2027-01-01")).toBe("lang=ru&from=2024-08-31&to=2026-12-06&published=2026-12-06");
      });

      it("starts from the two latest closed waves, else the latest closed wave and today", () => {
        expect(built("kind=changes")).toBe("lang=ru&from=clx0wave2&to=clx0wave3");
        expect(built("", waves.slice(0, 2))).toBe("lang=ru&from=clx0wave3&to=2026-12-06&published=2026-12-06");
        expect(built("", waves.slice(0, 1))).toBe("lang=ru&from=clx0open1&to=2026-12-06&published=2026-12-06");
        expect(built("to=clx0wave1", [])).toBe("lang=ru&from=2026-12-06&to=clx0wave1&published=2026-12-06");
      });

      it("cuts a day's side at the article's day of publication (decision 0007), kept when the view comes with it", () => {
        // Two waves have their own cuts: no day of publication.
        expect(built("from=clx0wave1&to=clx0wave2&published=2026-11-01")).toBe("lang=ru&from=clx0wave1&to=clx0wave2");
        // A saved embed reopened keeps its day; one before its later day, or not yet come, is today.
        expect(built("from=clx0wave1&to=2026-10-01&published=2026-11-01")).toBe("lang=ru&from=clx0wave1&to=2026-10-01&published=2026-11-01");
        expect(built("from=clx0wave1&to=2026-10-01&published=2026-09-01")).toBe("lang=ru&from=clx0wave1&to=2026-10-01&published=2026-12-06");
        expect(built("from=clx0wave1&to=2026-10-01&published=2027-01-01")).toBe("lang=ru&from=clx0wave1&to=2026-10-01&published=2026-12-06");
        // An address written by hand: raised to its later day; the cut is the end of that newsroom day (UTC+5).
        const byHand = parseChangesEmbedOptions(new URLSearchParams("from=2024-08-01&to=2024-08-31&published=2024-08-02"));
        expect(changesEmbedQuery(byHand)).toBe("lang=ru&from=2024-08-01&to=2024-08-31&published=2024-08-31");
        expect(changesPublishedByOf(byHand, new Date("2026-12-06T00:00:00Z"))).toEqual(new Date("2024-08-31T18:59:59.999Z"));
        expect(changesPublishedByOf(parseChangesEmbedOptions(new URLSearchParams("from=clx0wave1&to=clx0wave2&published=2024-08-02")))).toBeUndefined();
      });
    });
  });

  it("keeps a chart (issue 17, part 5) last in the canonical address, and takes an unknown one as none", () => {
    expect(parse("chart=reach").chart).toBe("reach");
    expect(parse("chart=pie").chart).toBeUndefined();
    expect(parse("chart=accounts").chart).toBeUndefined();
    expect(comparisonEmbedQuery(parse("chart=openness&lang=en&asOf=2024-08-31&platform=INSTAGRAM"))).toBe(
      "lang=en&platform=INSTAGRAM&asOf=2024-08-31&chart=openness",
    );
    expect(comparisonEmbedQuery(parse("lang=en&chart=nothing"))).toBe("lang=en");
    const changes = (query: string) => parseChangesEmbedOptions(new URLSearchParams(query));
    expect(changes("chart=followers").chart).toBe("followers");
    expect(changes("chart=reach").chart).toBeUndefined();
    expect(changesEmbedQuery(changes("chart=accounts&from=2024-08-31&to=2026-12-01"))).toBe("lang=ru&from=2024-08-31&to=2026-12-01&chart=accounts");
  });
});
