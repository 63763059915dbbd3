import { describe, expect, it } from "vitest";
import {
  ACTIVITY_THRESHOLD_DAYS,
  activityOf,
  daysSinceLastPost,
  isRecentlyActive,
  isStale,
  STALE_AFTER_DAYS,
  staleCutoff,
  type ActivityInput,
} from "./activity";

const survey = new Date("2024-08-28T07:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const seen = (overrides: Partial<ActivityInput>): ActivityInput => ({
  existence: "FOUND",
  visibility: "PUBLIC",
  lastPostAt: null,
  observedAt: survey,
  ...overrides,
});

describe("activityOf", () => {
  it("gives the story's verdicts", () => {
    expect(activityOf(seen({ lastPostAt: day("2021-12-31") }))).toBe("ABANDONED"); // Duzelbayev, "last tagged in 2021"
    expect(activityOf(seen({ lastPostAt: day("2023-08-17") }))).toBe("DORMANT"); // Turenova, page 1
    expect(activityOf(seen({ lastPostAt: day("2024-08-26") }))).toBe("ACTIVE"); // Mukhamediev
    expect(activityOf(seen({ visibility: "CLOSED" }))).toBe("CLOSED"); // Smailova
    expect(activityOf(seen({ existence: "NOT_FOUND", visibility: null }))).toBe("NOT_FOUND"); // Tasmaganbetov
  });

  it("counts any account that is gone as not found, before looking at anything else", () => {
    for (const existence of ["NOT_FOUND", "DELETED", "SUSPENDED"] as const) {
      expect(activityOf(seen({ existence, lastPostAt: day("2024-08-27") }))).toBe("NOT_FOUND");
    }
  });

  it("says closed rather than guessing from a last post it cannot see", () => {
    expect(activityOf(seen({ visibility: "CLOSED", lastPostAt: day("2024-08-27") }))).toBe("CLOSED");
  });

  it("says unknown when no last post was recorded, also with a visibility not recorded", () => {
    expect(activityOf(seen({}))).toBe("UNKNOWN");
    expect(activityOf(seen({ visibility: null }))).toBe("UNKNOWN");
    expect(activityOf(seen({ visibility: "PARTIAL", lastPostAt: day("2024-08-20") }))).toBe("ACTIVE");
  });

  it("puts each threshold day on the more active side", () => {
    const before = (days: number) => new Date(day("2024-08-28").getTime() - days * 86_400_000);
    expect(ACTIVITY_THRESHOLD_DAYS).toEqual({ ACTIVE: 30, OCCASIONAL: 90, DORMANT: 730 });
    expect(activityOf(seen({ lastPostAt: before(0) }))).toBe("ACTIVE");
    expect(activityOf(seen({ lastPostAt: before(30) }))).toBe("ACTIVE");
    expect(activityOf(seen({ lastPostAt: before(31) }))).toBe("OCCASIONAL");
    expect(activityOf(seen({ lastPostAt: before(90) }))).toBe("OCCASIONAL");
    expect(activityOf(seen({ lastPostAt: before(91) }))).toBe("DORMANT");
    expect(activityOf(seen({ lastPostAt: before(730) }))).toBe("DORMANT");
    expect(activityOf(seen({ lastPostAt: before(731) }))).toBe("ABANDONED");
  });

  it("measures to the observation's own day in the newsroom's zone, not to the UTC day", () => {
    // 20:00 UTC on 27 September is 28 September in Petropavlovsk: 31 days after 28 August.
    const lateEvening = new Date("2024-09-27T20:00:00Z");
    expect(daysSinceLastPost(day("2024-08-28"), lateEvening)).toBe(31);
    expect(activityOf(seen({ lastPostAt: day("2024-08-28"), observedAt: lateEvening }))).toBe("OCCASIONAL");
  });

  it("treats a last post dated after the look (a typo) as active rather than failing", () => {
    expect(activityOf(seen({ lastPostAt: day("2024-09-05") }))).toBe("ACTIVE");
  });

  it("counts a last post known only to the year as the year's last day, and to the month as the month's", () => {
    // "Last tagged in 2021", seen on 28 August 2024: from 31 December 2021, 971 days, abandoned.
    expect(daysSinceLastPost(day("2021-12-31"), survey, "YEAR")).toBe(971);
    expect(activityOf(seen({ lastPostAt: day("2021-12-31"), lastPostAtPrecision: "YEAR" }))).toBe("ABANDONED");
    // Whatever day of the period was stored: the rule, not the stored day, decides.
    expect(daysSinceLastPost(day("2021-01-01"), survey, "YEAR")).toBe(971);
    // A year that ends within 730 days of the look is dormant, though its first day is further away.
    expect(activityOf(seen({ lastPostAt: day("2022-12-31"), lastPostAtPrecision: "YEAR" }))).toBe("DORMANT");
    // "In August 2023" is 31 August 2023: 363 days; "in June 2024", 30 June: 59 days, occasional, not dormant.
    expect(daysSinceLastPost(day("2023-08-31"), survey, "MONTH")).toBe(363);
    expect(activityOf(seen({ lastPostAt: day("2024-06-30"), lastPostAtPrecision: "MONTH" }))).toBe("OCCASIONAL");
    expect(activityOf(seen({ lastPostAt: day("2024-06-01"), lastPostAtPrecision: "MONTH" }))).toBe("OCCASIONAL");
  });

  it("counts a period that ends after the look (a post in 2024, seen in August 2024) as the day of the look", () => {
    expect(daysSinceLastPost(day("2024-12-31"), survey, "YEAR")).toBe(0);
    expect(activityOf(seen({ lastPostAt: day("2024-12-31"), lastPostAtPrecision: "YEAR" }))).toBe("ACTIVE");
    expect(activityOf(seen({ lastPostAt: day("2024-08-31"), lastPostAtPrecision: "MONTH" }))).toBe("ACTIVE");
  });

  it("counts active and occasional as active within 90 days", () => {
    expect(["ACTIVE", "OCCASIONAL", "DORMANT", "ABANDONED", "CLOSED", "NOT_FOUND", "UNKNOWN"].filter((a) => isRecentlyActive(a as never))).toEqual([
      "ACTIVE",
      "OCCASIONAL",
    ]);
  });
});

describe("isStale", () => {
  it("marks an observation more than 180 days older than the as-of date", () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    expect(isStale(survey, survey)).toBe(false);
    expect(isStale(survey, new Date("2025-02-24T18:00:00Z"))).toBe(false); // 180 days after 28 August
    expect(isStale(survey, new Date("2025-02-25T18:00:00Z"))).toBe(true); // 181 days
  });

  it("counts newsroom days: a look late on 28 August (already 29th in Petropavlovsk) is fresh a day longer", () => {
    const lateEvening = new Date("2024-08-28T20:00:00Z");
    expect(isStale(lateEvening, new Date("2025-02-25T18:00:00Z"))).toBe(false);
    expect(staleCutoff(new Date("2025-02-25T18:00:00Z")).toISOString()).toBe("2024-08-28T19:00:00.000Z");
  });
});
