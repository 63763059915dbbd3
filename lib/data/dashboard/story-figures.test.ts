import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asOfFromParam } from "@/lib/domain/as-of";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory, type SeededStory } from "@/prisma/seed-story";
import { getComparison } from "../comparison/get-comparison";
import { getActivityOverTime } from "./get-activity-over-time";
import type { AkimatSummary } from "@/lib/domain/dashboard";
import { getAkimatSummaries } from "./get-akimat-summaries";
import { listOfficialFigures } from "./list-official-figures";

withTestDatabase();

// Figures computed by hand from prisma/story.ts. The survey is dated 28 August 2024.
const afterSurvey = asOfFromParam("2024-08-31", new Date("2025-01-01T00:00:00Z"));
const beforeAnyData = asOfFromParam("2024-01-01", new Date("2025-01-01T00:00:00Z"));

let story: SeededStory;
beforeAll(async () => {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  story = await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
});

const officialId = (fullNameLatin: string) => story.officials.find((o) => o.fullNameLatin === fullNameLatin)!.officialId;
const bySlug = (summaries: AkimatSummary[], slug: string) => summaries.find((s) => s.slug === slug)!;

describe("the story's figures as of 31 August 2024", () => {
  it("puts the region beside the city with the counts of the survey", async () => {
    const summaries = await getAkimatSummaries({ asOf: afterSurvey });
    expect(summaries.map((s) => s.slug)).toEqual(["sko", "petropavlovsk"]);
    expect(bySlug(summaries, "sko")).toMatchObject({
      officials: 6,
      withFoundAccount: 5,
      withPublicAccount: 5,
      // The story records no last-post date for the region's active accounts; only Duzelbayev's (2021: abandoned).
      activeWithin90Days: 0,
      notFoundAnywhere: 1, // Tasmaganbetov, the first deputy
      notSurveyed: 0,
    });
    expect(bySlug(summaries, "petropavlovsk")).toMatchObject({
      officials: 4,
      withFoundAccount: 4,
      withPublicAccount: 3, // Smailova's only account is closed
      activeWithin90Days: 1, // Mukhamediev, last post 26 August
      notFoundAnywhere: 0,
      notSurveyed: 0,
    });
  });

  it("gives each platform's reach, led on Instagram by Zhumagulov's approximate 10 000", async () => {
    const [region, city] = await getAkimatSummaries({ asOf: afterSurvey });
    expect(region!.reach).toEqual([
      // 3 517, about 10 000, over 4 300
      { platform: "INSTAGRAM", accounts: 3, total: 17817, median: 4300, approximate: true },
      // about 2 600 followers, 316 friends, almost 5 000 friends (Alishev's Facebook has no count)
      { platform: "FACEBOOK", accounts: 3, total: 7916, median: 2600, approximate: true },
    ]);
    expect(city!.reach).toEqual([
      // almost 2 400 and 506: the median of two is their mean
      { platform: "INSTAGRAM", accounts: 2, total: 2906, median: 1453, approximate: true },
      { platform: "FACEBOOK", accounts: 1, total: 1037, median: 1037, approximate: false },
    ]);
    const comparison = await getComparison({ asOf: afterSurvey, platforms: ["INSTAGRAM"] });
    const leader = comparison.akimats[0]!.officials.map((o) => ({ name: o.fullName, reach: o.cells.INSTAGRAM?.[0]?.reach?.value ?? 0 })).sort((a, b) => b.reach - a.reach)[0];
    expect(leader).toEqual({ name: "Жусуп Жумагулов", reach: 10000 });
  });

  it("computes the openness index in SQL exactly as lib/domain does, for every official", async () => {
    const figures = await listOfficialFigures({ asOf: afterSurvey });
    const score = (fullNameLatin: string) => figures.find((f) => f.officialId === officialId(fullNameLatin))!.openness?.score;
    expect(score("Zhusup Zhumagulov")).toBe(80);
    expect(score("Serik Mukhamediyev")).toBe(60);
    expect(score("Gauez Nurmukhambetov")).toBe(40);
    expect(score("Saniya Smailova")).toBe(10);
    expect(score("Marat Tasmaganbetov")).toBe(0);
    expect(score("Ruslan Alishev")).toBe(60);

    const comparison = await getComparison({ asOf: afterSurvey });
    const fromDomain = comparison.akimats.flatMap((a) => a.officials.map((o) => [o.id, o.openness]));
    expect(fromDomain).toHaveLength(10);
    for (const [id, openness] of fromDomain) expect(figures.find((f) => f.officialId === id)!.openness).toEqual(openness);
  });

  it("averages openness and its parts over each akimat's officials", async () => {
    const [region, city] = await getAkimatSummaries({ asOf: afterSurvey });
    expect(region!.meanOpenness).toBeCloseTo(260 / 6, 10); // 40 + 80 + 40 + 40 + 0 + 60
    expect(city!.meanOpenness).toBe(37.5); // 60 + 40 + 10 + 40
    expect(city!.opennessParts).toEqual([
      { key: "found", meanPoints: 10, max: 10 },
      { key: "attributed", meanPoints: 7.5, max: 10 },
      { key: "public", meanPoints: 15, max: 20 },
      { key: "personal", meanPoints: 0, max: 20 },
      { key: "replies", meanPoints: 0, max: 20 },
      { key: "liveStreams", meanPoints: 5, max: 20 },
    ]);
    expect(region!.opennessParts!.map((p) => p.meanPoints * 6)).toEqual([50, 50, 100, 40, 20, 0].map((n) => expect.closeTo(n, 10)));
  });

  it("gives the story's activity verdicts, none of them stale", async () => {
    const comparison = await getComparison({ asOf: afterSurvey });
    const officials = comparison.akimats.flatMap((a) => a.officials);
    const activity = (name: string, platform: "INSTAGRAM" | "FACEBOOK") => officials.find((o) => o.fullName === name)!.cells[platform]!.map((c) => c.activity);
    expect(activity("Канат Дузелбаев", "FACEBOOK")).toEqual(["ABANDONED"]);
    expect(activity("Калия Туренова", "FACEBOOK")).toEqual(["DORMANT", "UNKNOWN"]);
    expect(activity("Серик Мухамедиев", "INSTAGRAM")).toEqual(["ACTIVE"]);
    expect(activity("Сания Смаилова", "INSTAGRAM")).toEqual(["CLOSED"]);
    expect(activity("Марат Тасмаганбетов", "INSTAGRAM")).toEqual(["NOT_FOUND"]);
    expect(officials.flatMap((o) => Object.values(o.cells).flat()).some((c) => c!.stale)).toBe(false);
  });

  it("counts accounts over time: nothing before the survey, the survey's accounts at its month's end", async () => {
    const series = await getActivityOverTime({ asOf: afterSurvey, months: 3 });
    expect(series.map((s) => s.slug)).toEqual(["sko", "petropavlovsk"]);
    expect(series.map((s) => s.points.map(({ active, found, known }) => [active, found, known]))).toEqual([
      [[0, 0, 0], [0, 0, 0], [0, 7, 7]],
      [[0, 0, 0], [0, 0, 0], [1, 7, 7]],
    ]);
    expect(series[0]!.points.map((p) => p.at.toISOString())).toEqual(["2024-06-30T18:59:59.999Z", "2024-07-31T18:59:59.999Z", afterSurvey.toISOString()]);
  });
});

describe("the story before any data (1 January 2024)", () => {
  it("shows officials as not surveyed, with no means and no reach, rather than zeros", async () => {
    const summaries = await getAkimatSummaries({ asOf: beforeAnyData });
    expect(summaries.map((s) => [s.slug, s.officials, s.notSurveyed, s.notFoundAnywhere, s.meanOpenness, s.opennessParts, s.reach])).toEqual([
      ["sko", 6, 6, 0, null, null, []],
      ["petropavlovsk", 4, 4, 0, null, null, []],
    ]);
    const figures = await listOfficialFigures({ asOf: beforeAnyData });
    expect(figures.every((f) => !f.surveyed && f.openness === null)).toBe(true);
    const comparison = await getComparison({ asOf: beforeAnyData });
    expect(comparison.platforms).toEqual([]);
    expect(comparison.akimats.flatMap((a) => a.officials.map((o) => o.openness))).toEqual(Array(10).fill(null));
  });

  it("finds Zhumagulov still at the Nura district akimat, and gone from it after 1 August 2024", async () => {
    const before = await getAkimatSummaries({ asOf: beforeAnyData, akimatSlugs: ["astana-nura"] });
    expect(before).toMatchObject([{ slug: "astana-nura", officials: 1, notSurveyed: 1 }]);
    const after = await getAkimatSummaries({ asOf: afterSurvey, akimatSlugs: ["astana-nura"] });
    expect(after).toMatchObject([{ slug: "astana-nura", officials: 0, notSurveyed: 0, meanOpenness: null, reach: [] }]);
  });
});
