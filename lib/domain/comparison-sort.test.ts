import { describe, expect, it } from "vitest";
import type { ComparisonCell, ComparisonOfficial } from "./comparison";
import { compareAkimats, formatComparisonSort, parseComparisonSort, reachOnPlatform, sortComparisonOfficials } from "./comparison-sort";

const cell = (overrides: Partial<ComparisonCell>): ComparisonCell => ({
  accountId: "a",
  accountLabel: null,
  handle: null,
  url: null,
  kind: null,
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  reach: null,
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "MONTH",
  activity: "UNKNOWN",
  stale: false,
  seenEarlier: [],
  ...overrides,
});
const reach = (value: number) => ({ value, approximate: false, measure: "followers" as const });
const official = (fullName: string, title: ComparisonOfficial["title"], score: number | null, cells: ComparisonOfficial["cells"] = {}): ComparisonOfficial => ({
  id: fullName,
  fullName,
  title,
  portfolio: null,
  cells,
  openness: score === null ? null : { score, assessedParts: 6, earned: score, assessedMax: 100, parts: [] },
});

// The region, in order of rank.
const akim = official("Гауез Нурмухамбетов", "AKIM", 40, { INSTAGRAM: [cell({ reach: reach(3517) })] });
const firstDeputy = official("Марат Тасмаганбетов", "FIRST_DEPUTY_AKIM", 0, {
  INSTAGRAM: [cell({ accountId: null, existence: "NOT_FOUND", visibility: null })],
});
const zhumagulov = official("Жусуп Жумагулов", "DEPUTY_AKIM", 80, { INSTAGRAM: [cell({ reach: reach(10000) })] });
const kurmanov = official("Рустем Курманов", "DEPUTY_AKIM", 40, { FACEBOOK: [cell({ reach: reach(316) })] });
const newcomer = official("Юрий Новый", "DEPUTY_AKIM", null);
const alishev = official("Руслан Алишев", "CHIEF_OF_STAFF", 60, { INSTAGRAM: [cell({ reach: reach(4300) })] });
const region = [akim, firstDeputy, zhumagulov, kurmanov, newcomer, alishev];
const names = (list: ComparisonOfficial[]) => list.map((o) => o.fullName.split(" ")[1]);

describe("parseComparisonSort", () => {
  it("reads keys, with '-' for descending", () => {
    expect(parseComparisonSort("openness")).toEqual({ key: "openness", direction: "asc" });
    expect(parseComparisonSort("-reach:INSTAGRAM")).toEqual({ key: "reach:INSTAGRAM", direction: "desc" });
    expect(parseComparisonSort(["name", "openness"])).toEqual({ key: "name", direction: "asc" });
  });

  it("falls back to the order of rank for anything else, without throwing", () => {
    for (const value of [undefined, "", "-", "reach", "reach:", "reach:MYSPACE", "reach:INSTAGRAM:x", "--name", "followers", "rank; DROP"]) {
      expect(parseComparisonSort(value)).toEqual({ key: "rank", direction: "asc" });
    }
  });

  it("writes back what it reads", () => {
    for (const value of ["rank", "-rank", "name", "-openness", "reach:FACEBOOK", "-reach:TELEGRAM"]) {
      expect(formatComparisonSort(parseComparisonSort(value))).toBe(value);
    }
  });
});

describe("sortComparisonOfficials", () => {
  it("keeps the order of rank by default, and can reverse it", () => {
    expect(names(sortComparisonOfficials([...region].reverse()))).toEqual(names(region));
    expect(names(sortComparisonOfficials(region, { key: "rank", direction: "desc" }))).toEqual(names([...region].reverse()));
  });

  it("sorts by Instagram reach, the deputy with about 10 thousand first, the not-found and the blank last either way", () => {
    expect(names(sortComparisonOfficials(region, parseComparisonSort("-reach:INSTAGRAM")))).toEqual([
      "Жумагулов",
      "Алишев",
      "Нурмухамбетов",
      "Тасмаганбетов",
      "Курманов",
      "Новый",
    ]);
    expect(names(sortComparisonOfficials(region, parseComparisonSort("reach:INSTAGRAM")))).toEqual([
      "Нурмухамбетов",
      "Алишев",
      "Жумагулов",
      "Тасмаганбетов",
      "Курманов",
      "Новый",
    ]);
  });

  it("sorts by openness, ties in order of rank, the unsurveyed last", () => {
    expect(names(sortComparisonOfficials(region, parseComparisonSort("-openness")))).toEqual([
      "Жумагулов",
      "Алишев",
      "Нурмухамбетов",
      "Курманов",
      "Тасмаганбетов",
      "Новый",
    ]);
    expect(names(sortComparisonOfficials(region, parseComparisonSort("openness")))).toEqual([
      "Тасмаганбетов",
      "Нурмухамбетов",
      "Курманов",
      "Алишев",
      "Жумагулов",
      "Новый",
    ]);
  });

  it("puts a withheld index (too few parts assessed) with the unsurveyed, last in either direction: it is no number", () => {
    const withheld = { ...official("Рустем Курманов", "DEPUTY_AKIM", 0), openness: { score: null, assessedParts: 2, earned: 30, assessedMax: 30, parts: [] } };
    const list = [akim, firstDeputy, withheld, newcomer];
    expect(names(sortComparisonOfficials(list, parseComparisonSort("-openness")))).toEqual(["Нурмухамбетов", "Тасмаганбетов", "Курманов", "Новый"]);
    expect(names(sortComparisonOfficials(list, parseComparisonSort("openness")))).toEqual(["Тасмаганбетов", "Нурмухамбетов", "Курманов", "Новый"]);
  });

  it("sorts by name in Russian order", () => {
    expect(sortComparisonOfficials(region, parseComparisonSort("name")).map((o) => o.fullName[0])).toEqual(["Г", "Ж", "М", "Р", "Р", "Ю"]);
  });

  it("does not change the list it is given", () => {
    const copy = [...region];
    sortComparisonOfficials(region, parseComparisonSort("-openness"));
    expect(region).toEqual(copy);
  });
});

describe("reachOnPlatform", () => {
  it("takes the larger of two pages, ignores counts of accounts that are gone", () => {
    const turenova = official("Калия Туренова", "DEPUTY_AKIM", 40, {
      FACEBOOK: [cell({ reach: reach(120) }), cell({ reach: reach(800) }), cell({ existence: "DELETED", reach: reach(5000) })],
    });
    expect(reachOnPlatform(turenova, "FACEBOOK")).toBe(800);
    expect(reachOnPlatform(turenova, "INSTAGRAM")).toBeNull();
  });
});

describe("compareAkimats", () => {
  it("puts the region before the city, then districts", () => {
    const list = [
      { level: "DISTRICT" as const, name: "Акимат района «Нура»" },
      { level: "CITY" as const, name: "Акимат города Петропавловска" },
      { level: "REGION" as const, name: "Акимат СКО" },
    ];
    expect([...list].sort(compareAkimats).map((a) => a.level)).toEqual(["REGION", "CITY", "DISTRICT"]);
  });
});
