import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asOfFromParam } from "@/lib/domain/as-of";
import type { AkimatSummary } from "@/lib/domain/dashboard";
import type { Openness } from "@/lib/domain/openness";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory, type SeededStory } from "@/prisma/seed-story";
import { getComparison } from "../comparison/get-comparison";
import { getActivityOverTime } from "./get-activity-over-time";
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
/** The database computes no platforms: those are the table's, per account. */
const withoutPlatforms = (openness: Openness | null) =>
  openness && { ...openness, parts: openness.parts.map(({ key, max, points }) => ({ key, max, points })) };

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
    const leader = comparison.akimats[0]!.officials.map((o) => ({ name: o.fullName, reach: o.cells.INSTAGRAM?.[0]?.reach?.value ?? 0 })).sort(
      (a, b) => b.reach - a.reach,
    )[0];
    expect(leader).toEqual({ name: "Жусуп Жумагулов", reach: 10000 });
  });

  it("computes the openness index in SQL exactly as lib/domain does, for every official", async () => {
    const figures = await listOfficialFigures({ asOf: afterSurvey });
    const openness = (fullNameLatin: string) => figures.find((f) => f.officialId === officialId(fullNameLatin))!.openness!;
    // By hand from prisma/story.ts (lib/domain/openness.test.ts has each part): the index is the points over the
    // assessed parts' maxima, withheld below 4 of 6 parts assessed.
    // Zhumagulov: found 10 + public 20 + personal 20 + replies 20 = 70 of 70 (attribution, live streams not recorded).
    expect(openness("Zhusup Zhumagulov")).toMatchObject({ score: 100, assessedParts: 4, earned: 70, assessedMax: 70 });
    // Mukhamediev: found 10 + public 20 + personal 0 + live streams 20 = 50 of 70 → 100 × 50 ÷ 70 = 71.4 → 71.
    expect(openness("Serik Mukhamediyev")).toMatchObject({ score: 71, assessedParts: 4, earned: 50, assessedMax: 70 });
    // Smailova: found 10, her uncertain account credits nothing else: 10 of 100, all six assessed.
    expect(openness("Saniya Smailova")).toMatchObject({ score: 10, assessedParts: 6, earned: 10, assessedMax: 100 });
    // Tasmaganbetov: found nowhere: 0 of 100, all six assessed.
    expect(openness("Marat Tasmaganbetov")).toMatchObject({ score: 0, assessedParts: 6, earned: 0, assessedMax: 100 });
    // Withheld: found, public, personal only (3 of 6): Nurmukhambetov 30 of 50, Alishev 50 of 50, Mustafin and
    // Turenova 30 of 50; found and public only (2 of 6): Kurmanov, Duzelbayev 30 of 30.
    expect(openness("Gauez Nurmukhambetov")).toMatchObject({ score: null, assessedParts: 3, earned: 30, assessedMax: 50 });
    expect(openness("Ruslan Alishev")).toMatchObject({ score: null, assessedParts: 3, earned: 50, assessedMax: 50 });
    expect(openness("Rustem Kurmanov")).toMatchObject({ score: null, assessedParts: 2, earned: 30, assessedMax: 30 });
    expect(openness("Rustem Kurmanov").parts.map((p) => p.points)).toEqual([10, null, 20, null, null, null]);

    const comparison = await getComparison({ asOf: afterSurvey });
    const fromDomain = comparison.akimats.flatMap((a) => a.officials.map((o) => [o.id, o.openness] as const));
    expect(fromDomain).toHaveLength(10);
    for (const [id, domain] of fromDomain) expect(figures.find((f) => f.officialId === id)!.openness).toEqual(withoutPlatforms(domain));
  });

  it("averages openness over the officials whose index is shown, says how many, and gives each part's share", async () => {
    const [region, city] = await getAkimatSummaries({ asOf: afterSurvey });
    // Region: shown for Zhumagulov (100) and Tasmaganbetov (0); withheld for the other four.
    expect(region).toMatchObject({ opennessShown: 2, opennessWithheld: 4, meanOpenness: 50 });
    // City: shown for Mukhamediev (71) and Smailova (10); withheld for Mustafin and Turenova: (71 + 10) ÷ 2.
    expect(city).toMatchObject({ opennessShown: 2, opennessWithheld: 2, meanOpenness: 40.5 });
    // A part's share is 100 × its points ÷ the official's assessed maximum. City: Mukhamediev's found 100 × 10 ÷ 70,
    // public and live streams 100 × 20 ÷ 70 each; Smailova's found 100 × 10 ÷ 100; halved over the two.
    expect(city!.opennessParts).toEqual([
      { key: "found", meanShare: expect.closeTo((1000 / 70 + 10) / 2, 10) },
      { key: "attributed", meanShare: 0 },
      { key: "public", meanShare: expect.closeTo(2000 / 70 / 2, 10) },
      { key: "personal", meanShare: 0 },
      { key: "replies", meanShare: 0 },
      { key: "liveStreams", meanShare: expect.closeTo(2000 / 70 / 2, 10) },
    ]);
    // The shares add up to the mean of the unrounded indices: (71.43 + 10) ÷ 2 = 40.71, beside the 40.5 of the rounded.
    expect(city!.opennessParts!.reduce((sum, p) => sum + p.meanShare, 0)).toBeCloseTo((5000 / 70 + 10) / 2, 10);
    // Region: Zhumagulov's 10, 20, 20, 20 of 70 (Tasmaganbetov's are all 0), halved.
    expect(region!.opennessParts!.map((p) => p.meanShare)).toEqual([10, 0, 20, 20, 20, 0].map((points) => expect.closeTo((100 * points) / 70 / 2, 10)));
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
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 7, 7],
      ],
      [
        [0, 0, 0],
        [0, 0, 0],
        [1, 7, 7],
      ],
    ]);
    expect(series[0]!.points.map((p) => p.at.toISOString())).toEqual(["2024-06-30T18:59:59.999Z", "2024-07-31T18:59:59.999Z", afterSurvey.toISOString()]);
  });
});

describe("the story before any data (1 January 2024)", () => {
  it("shows officials as not surveyed, with no means and no reach, rather than zeros", async () => {
    const summaries = await getAkimatSummaries({ asOf: beforeAnyData });
    expect(
      summaries.map((s) => [
        s.slug,
        s.officials,
        s.notSurveyed,
        s.notFoundAnywhere,
        s.opennessShown,
        s.opennessWithheld,
        s.meanOpenness,
        s.opennessParts,
        s.reach,
      ]),
    ).toEqual([
      ["sko", 6, 6, 0, 0, 0, null, null, []],
      ["petropavlovsk", 4, 4, 0, 0, 0, null, null, []],
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
