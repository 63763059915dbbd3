import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isRecentlyActive } from "@/lib/domain/activity";
import { monthEndsUntil } from "@/lib/domain/as-of";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getComparison } from "../comparison/get-comparison";
import { getActivityOverTime } from "./get-activity-over-time";
import { getAkimatSummaries } from "./get-akimat-summaries";
import { listOfficialFigures } from "./list-official-figures";

withTestDatabase();

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T07:00:00Z` : iso);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const daysBefore = (iso: string, days: number) => new Date(date(iso).getTime() - days * 86_400_000);
const asOf = at("2024-06-30T18:00:00Z");
const slugs = ["edge"];
const ids: Record<string, string> = {};

beforeAll(async () => {
  const reporter = await createUser(db);
  const akimat = await createAkimat(db, { slug: "edge", name: "Акимат для краевых случаев", level: "DISTRICT" });
  const official = async (key: string, title: "AKIM" | "DEPUTY_AKIM" = "DEPUTY_AKIM") => {
    ids[key] = (await createOfficial(db, { fullName: `Чиновник ${key}`, akimatId: akimat.id, position: { title } })).id;
    return ids[key]!;
  };
  const observe = (officialId: string, data: Partial<Prisma.ObservationUncheckedCreateInput>) =>
    createObservation(db, { authorId: reporter.id, officialId, status: "APPROVED", ...data });
  const account = async (
    officialId: string,
    platform: "INSTAGRAM" | "FACEBOOK" | "TELEGRAM",
    observations: Partial<Prisma.ObservationUncheckedCreateInput>[],
  ) => {
    const created = await createAccount(db, { officialId, platform });
    for (const o of observations) await observe(officialId, { platform, accountId: created.id, existence: "FOUND", ...o });
    return created.id;
  };

  await official("unsurveyed");

  const searchedOnly = await official("searchedOnly");
  await observe(searchedOnly, { platform: "INSTAGRAM", observedAt: at("2024-02-01") });
  await observe(searchedOnly, { platform: "FACEBOOK", observedAt: at("2024-02-01") });

  // Found in January, active; a search in March found nothing: the search stands for Instagram from then on.
  const vanished = await official("vanished");
  await account(vanished, "INSTAGRAM", [{ observedAt: at("2024-01-10"), visibility: "PUBLIC", followers: 900, lastPostAt: date("2024-01-05") }]);
  await observe(vanished, { platform: "INSTAGRAM", observedAt: at("2024-03-15") });

  // A search found nothing in January; the account turned up in February (and a search at the very same instant
  // as a later look does not hide it).
  const turnedUp = await official("turnedUp", "AKIM");
  await observe(turnedUp, { platform: "TELEGRAM", observedAt: at("2024-01-10") });
  await account(turnedUp, "TELEGRAM", [
    { observedAt: at("2024-02-10"), visibility: "PUBLIC", followers: 5000, followersApproximate: true, lastPostAt: date("2024-02-09"), replies: "SOMETIMES" },
    { observedAt: at("2024-05-20"), visibility: "PARTIAL", followers: 5100, lastPostAt: daysBefore("2024-05-20", 31) },
  ]);
  await observe(turnedUp, { platform: "TELEGRAM", observedAt: at("2024-05-20") });

  // Two Facebook pages: the first seen in January, a fruitless search in February hides it, the second page
  // seen in March brings both back (a search stands only when later than every account's look).
  const twoPages = await official("twoPages");
  await account(twoPages, "FACEBOOK", [{ observedAt: at("2024-01-05"), visibility: "PUBLIC", lastPostAt: date("2024-01-01") }]);
  await observe(twoPages, { platform: "FACEBOOK", observedAt: at("2024-02-05") });
  await account(twoPages, "FACEBOOK", [{ observedAt: at("2024-03-05"), visibility: "PUBLIC" }]);

  // Activity thresholds, each account seen once on 20 May; a friends-only profile with an approximate count.
  const thresholds = await official("thresholds");
  for (const days of [30, 90])
    await account(thresholds, "INSTAGRAM", [
      { observedAt: at("2024-05-20"), visibility: "PUBLIC", followers: days * 10, lastPostAt: daysBefore("2024-05-20", days) },
    ]);
  for (const days of [91, 731])
    await account(thresholds, "INSTAGRAM", [{ observedAt: at("2024-05-20"), visibility: "PUBLIC", lastPostAt: daysBefore("2024-05-20", days) }]);
  await account(thresholds, "FACEBOOK", [
    { observedAt: at("2024-05-20"), visibility: "PUBLIC", friends: 4000, friendsApproximate: true, contentKinds: ["FAMILY"] },
  ]);
  // 20:00 UTC on 28 April is 29 April in the newsroom: 90 days after 30 January, so still occasional.
  await account(thresholds, "FACEBOOK", [
    { observedAt: at("2024-04-28T20:00:00Z"), visibility: "PUBLIC", lastPostAt: date("2024-01-30"), attribution: "UNCERTAIN" },
  ]);

  // Deleted since: surveyed, no account found.
  const deleted = await official("deleted");
  await account(deleted, "INSTAGRAM", [
    { observedAt: at("2023-11-01"), visibility: "PUBLIC", followers: 300, lastPostAt: date("2023-10-30"), liveStreams: true },
    { observedAt: at("2024-04-01"), existence: "DELETED" },
  ]);

  // Openness with every kind of part value, seen on 1 June: assessed, not assessed, certain only at the maximum.
  // mixed: attribution LIKELY (10); public CLOSED beside one not recorded (not assessed); personal 0 behind the
  // closed account, unknown on the other (not assessed); replies 10 beside one not recorded (not assessed); live
  // streams on Facebook (20); the uncertain Telegram's public, regular replies count for nothing.
  const mixed = await official("mixed");
  await account(mixed, "INSTAGRAM", [
    { observedAt: at("2024-06-01"), attribution: "LIKELY", visibility: "CLOSED", replies: "SOMETIMES", liveStreams: false, contentKinds: ["PERSONAL_LIFE"] },
  ]);
  await account(mixed, "FACEBOOK", [{ observedAt: at("2024-06-01"), personalStories: true, liveStreams: true }]);
  await account(mixed, "TELEGRAM", [{ observedAt: at("2024-06-01"), attribution: "UNCERTAIN", visibility: "PUBLIC", replies: "REGULARLY" }]);
  // recorded: every part recorded on one account: 10 + 10 + 10 (partly visible) + 0 + 0 + 0 of 100.
  const recorded = await official("recorded");
  await account(recorded, "INSTAGRAM", [
    { observedAt: at("2024-06-01"), attribution: "CONFIRMED", visibility: "PARTIAL", contentKinds: ["OFFICIAL_WORK"], replies: "NEVER", liveStreams: false },
  ]);

  // Unpublished work does not count; two approved looks at one instant: the one recorded last wins.
  const unpublished = await official("unpublished");
  const instagram = await account(unpublished, "INSTAGRAM", []);
  for (const status of ["DRAFT", "SUBMITTED", "REJECTED", "RETRACTED", "CHANGES_REQUESTED"] as const) {
    await observe(unpublished, { platform: "INSTAGRAM", accountId: instagram, existence: "FOUND", status, observedAt: at("2024-03-01"), followers: 99999 });
  }
  await observe(unpublished, {
    platform: "INSTAGRAM",
    accountId: instagram,
    existence: "FOUND",
    observedAt: at("2023-06-01"),
    visibility: "CLOSED",
    followers: 10,
  });
  await observe(unpublished, {
    platform: "INSTAGRAM",
    accountId: instagram,
    existence: "FOUND",
    observedAt: at("2023-06-01"),
    visibility: "PUBLIC",
    followers: 20,
  });
});

describe("the dashboard's aggregations, edge cases", () => {
  it("tells not surveyed from not found, and counts what was found", async () => {
    const [summary] = await getAkimatSummaries({ asOf, akimatSlugs: slugs });
    expect(summary).toMatchObject({
      slug: "edge",
      officials: 10,
      notSurveyed: 1, // unsurveyed
      notFoundAnywhere: 3, // searchedOnly, vanished (a later search stands), deleted
      withFoundAccount: 6, // turnedUp, twoPages, thresholds, unpublished (its approved look of 2023), mixed, recorded
      // twoPages, thresholds, unpublished, mixed (its uncertain Telegram: "with a public account" counts accounts
      // found, as before; the index does not credit it); turnedUp's Telegram and recorded's are only partly visible
      withPublicAccount: 4,
      // thresholds (30 days), turnedUp (31 days; the search at the same instant does not hide it), twoPages
      // (4 days when seen in January: activity is judged at the look, staleness separately)
      activeWithin90Days: 3,
    });
  });

  it("sums and takes medians of reach per platform, marking approximate values", async () => {
    const [summary] = await getAkimatSummaries({ asOf, akimatSlugs: slugs });
    expect(summary!.reach).toEqual([
      // thresholds' 30- and 90-day accounts, unpublished's approved look; vanished's 900 is hidden by the later search
      { platform: "INSTAGRAM", accounts: 3, total: 300 + 900 + 20, median: 300, approximate: false },
      { platform: "FACEBOOK", accounts: 1, total: 4000, median: 4000, approximate: true },
      { platform: "TELEGRAM", accounts: 1, total: 5100, median: 5100, approximate: false },
    ]);
  });

  it("agrees with the domain's definitions for every official, at several dates", async () => {
    for (const instant of [at("2023-12-31"), at("2024-02-15"), at("2024-03-20"), asOf]) {
      const [figures, comparison] = await Promise.all([
        listOfficialFigures({ asOf: instant, akimatSlugs: slugs }),
        getComparison({ asOf: instant, akimatSlugs: slugs }),
      ]);
      for (const official of comparison.akimats[0]!.officials) {
        const sql = figures.find((f) => f.officialId === official.id)!;
        const cells = Object.values(official.cells).flat();
        const { openness } = official;
        const domain = openness && { ...openness, parts: openness.parts.map(({ key, max, points }) => ({ key, max, points })) };
        expect(sql.openness, `${official.fullName} at ${instant.toISOString()}`).toEqual(domain);
        expect(sql.surveyed).toBe(cells.length > 0);
        expect(sql.hasFoundAccount).toBe(cells.some((c) => c!.existence === "FOUND"));
        expect(sql.hasPublicAccount).toBe(cells.some((c) => c!.existence === "FOUND" && c!.visibility === "PUBLIC"));
        expect(sql.recentlyActive).toBe(cells.some((c) => isRecentlyActive(c!.activity)));
      }
    }
  });

  it("counts active accounts at each month's end exactly as the table would show them then", async () => {
    const [series] = await getActivityOverTime({ asOf, akimatSlugs: slugs, months: 10 });
    expect(series!.points.map((p) => p.at)).toEqual(monthEndsUntil(asOf, 10));
    for (const point of series!.points) {
      const comparison = await getComparison({ asOf: point.at, akimatSlugs: slugs });
      const cells = comparison.akimats[0]!.officials.flatMap((o) => Object.values(o.cells).flat()).filter((c) => c!.accountId !== null);
      expect([point.active, point.found, point.known], point.at.toISOString()).toEqual([
        cells.filter((c) => isRecentlyActive(c!.activity)).length,
        cells.filter((c) => c!.existence === "FOUND").length,
        cells.length,
      ]);
    }
    // Sep–Oct 2023: unpublished's approved look; Nov: + deleted; Jan: + vanished, + twoPages' first page; Feb:
    // + turnedUp, − the first page (search); Mar: − vanished (search), + both pages; Apr: + the late-evening look
    // of 28 April; May: + the other five threshold accounts; June: + mixed's three and recorded's one.
    expect(series!.points.map((p) => p.known)).toEqual([1, 1, 2, 2, 4, 4, 5, 6, 11, 15]);
  });

  it("applies the activity thresholds in SQL as in lib/domain", async () => {
    const comparison = await getComparison({ asOf, akimatSlugs: slugs });
    const thresholds = comparison.akimats[0]!.officials.find((o) => o.id === ids.thresholds)!;
    expect(
      Object.values(thresholds.cells)
        .flat()
        .map((c) => c!.activity)
        .sort(),
    ).toEqual(["ABANDONED", "ACTIVE", "DORMANT", "OCCASIONAL", "OCCASIONAL", "UNKNOWN"]);
    const [series] = await getActivityOverTime({ asOf, akimatSlugs: slugs, months: 1 });
    // thresholds: 30 days, 90 days, the late-evening look; turnedUp's 31 days; twoPages' first page
    expect(series!.points[0]).toMatchObject({ active: 5 });
  });

  it("marks a look older than 180 days at the as-of date as stale", async () => {
    const comparison = await getComparison({ asOf, akimatSlugs: slugs });
    const cell = comparison.akimats[0]!.officials.find((o) => o.id === ids.unpublished)!.cells.INSTAGRAM![0]!;
    expect(cell).toMatchObject({ stale: true, visibility: "PUBLIC", reach: { value: 20 } });
  });

  it("scores openness part by part in SQL, not assessed where nothing settles a part", async () => {
    const figures = await listOfficialFigures({ asOf, akimatSlugs: slugs });
    const of = (key: string) => figures.find((f) => f.officialId === ids[key])!.openness!;
    expect(of("mixed").parts.map((p) => p.points)).toEqual([10, 10, null, null, null, 20]);
    expect(of("mixed")).toMatchObject({ score: null, assessedParts: 3, earned: 40, assessedMax: 40 });
    expect(of("recorded")).toMatchObject({ score: 30, assessedParts: 6, earned: 30, assessedMax: 100 });
    expect(of("searchedOnly")).toMatchObject({ score: 0, assessedParts: 6 });
    const [summary] = await getAkimatSummaries({ asOf, akimatSlugs: slugs });
    // Shown: searchedOnly, vanished, deleted (0 each: nothing found) and recorded (30); the rest are withheld.
    expect(summary).toMatchObject({ opennessShown: 4, opennessWithheld: 5, meanOpenness: 7.5 });
  });

  it("filters the table's columns by platform but keeps openness over every platform", async () => {
    const comparison = await getComparison({ asOf, akimatSlugs: slugs, platforms: ["TELEGRAM"] });
    expect(comparison.platforms).toEqual(["TELEGRAM"]);
    const thresholds = comparison.akimats[0]!.officials.find((o) => o.id === ids.thresholds)!;
    expect(thresholds.cells).toEqual({});
    // found, public, personal (family on Facebook, which the part names); attribution (none recorded beside an
    // uncertain one), replies, live streams not assessed: 3 of 6, withheld.
    expect(thresholds.openness).toMatchObject({ score: null, assessedParts: 3 });
    expect(thresholds.openness!.parts.find((p) => p.key === "personal")).toEqual({ key: "personal", max: 20, points: 20, platforms: ["FACEBOOK"] });
  });

  it("is empty, not zero, for an akimat with no officials, and for slugs that do not exist", async () => {
    await createAkimat(db, { slug: "empty", name: "Пустой акимат", level: "CITY" });
    expect(await getAkimatSummaries({ asOf, akimatSlugs: ["empty", "no-such-akimat"] })).toMatchObject([
      { slug: "empty", officials: 0, notSurveyed: 0, meanOpenness: null, opennessParts: null, reach: [] },
    ]);
    const [series] = await getActivityOverTime({ asOf, akimatSlugs: ["empty"], months: 2 });
    expect(series!.points.map(({ active, known }) => [active, known])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
