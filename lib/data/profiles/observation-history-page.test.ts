import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getObservationHistoryPage, type ObservationHistoryPage } from "./get-observation-history-page";
import { getOfficialReachSeries } from "./get-official-reach-series";

withTestDatabase();

let viewer: Viewer;
const ids = { official: "", instagram: "", facebook: "", telegram: "" };
/** Observation n (0 the oldest, 119 the newest) is on day n after 1 January 2024. */
const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 7));
const nOf = (date: Date) => Math.round((date.getTime() - dayOf(0).getTime()) / 86_400_000);
const rows = (page: ObservationHistoryPage) => page.subjects.flatMap((subject) => subject.observations);

// 120 published observations taking turns: Instagram (n divisible by 3), Facebook, then a TikTok search that
// found nothing. Followers are 1000 + n, so each row says where it belongs.
beforeAll(async () => {
  const reporter = await createUser(db);
  viewer = { id: reporter.id, role: reporter.role, name: reporter.name, email: reporter.email };
  const city = await createAkimat(db, { slug: "petropavlovsk", level: "CITY" });
  const official = await createOfficial(db, { fullName: "Жусуп Жумагулов", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const instagram = await createAccount(db, { officialId: official.id, platform: "INSTAGRAM" });
  const facebook = await createAccount(db, { officialId: official.id, platform: "FACEBOOK" });
  const telegram = await createAccount(db, { officialId: official.id, platform: "TELEGRAM" });
  Object.assign(ids, { official: official.id, instagram: instagram.id, facebook: facebook.id, telegram: telegram.id });

  const base = { officialId: official.id, authorId: reporter.id, status: "APPROVED" as const };
  await db.observation.createMany({
    data: Array.from({ length: 120 }, (_, n) => {
      const subject = [
        { platform: "INSTAGRAM" as const, accountId: instagram.id, existence: "FOUND" as const, followers: 1000 + n },
        { platform: "FACEBOOK" as const, accountId: facebook.id, existence: "FOUND" as const, followers: 1000 + n },
        { platform: "TIKTOK" as const, existence: "NOT_FOUND" as const },
      ][n % 3]!;
      return { ...base, ...subject, observedAt: dayOf(n) };
    }),
  });
  // Newer than all of them, and never counted or shown: in review, sent back, retracted.
  for (const status of ["SUBMITTED", "CHANGES_REQUESTED", "RETRACTED", "DRAFT"] as const) {
    await createObservation(db, { ...base, status, accountId: instagram.id, observedAt: dayOf(200), followers: 99_999 });
  }
});

describe("getObservationHistoryPage over 120 observations", () => {
  it("cuts them into pages of 50, 50 and 20, counting all 120 and nothing unpublished", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => getObservationHistoryPage({ viewer, officialId: ids.official, page })));
    expect(pages.map((page) => [page.page, page.pageCount, page.total, page.pageSize, rows(page).length])).toEqual([
      [1, 3, 120, 50, 50],
      [2, 3, 120, 50, 50],
      [3, 3, 120, 50, 20],
    ]);
    const all = pages.flatMap(rows).map((row) => row.id);
    expect(new Set(all).size).toBe(120);
    expect(pages.flatMap(rows).some((row) => row.followers === 99_999)).toBe(false);
  });

  it("puts the newest first: page 1 holds observations 119 to 70, page 3 the 20 oldest, each account's rows newest first", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => getObservationHistoryPage({ viewer, officialId: ids.official, page })));
    const span = (page: ObservationHistoryPage) => rows(page).map((row) => nOf(row.observedAt));
    expect(pages.map((page) => [Math.max(...span(page)), Math.min(...span(page))])).toEqual([
      [119, 70],
      [69, 20],
      [19, 0],
    ]);
    for (const subject of pages.flatMap((page) => page.subjects)) {
      const days = subject.observations.map((row) => nOf(row.observedAt));
      expect(days).toEqual([...days].sort((a, b) => b - a));
    }
  });

  it("groups a page's rows by account in the platforms' order, searches after accounts", async () => {
    const page = await getObservationHistoryPage({ viewer, officialId: ids.official, page: 2 });
    expect(page.subjects.map((subject) => [subject.key, subject.observations.length])).toEqual([
      [ids.instagram, 17],
      [ids.facebook, 16],
      ["search-TIKTOK", 17],
    ]);
  });

  it("compares each account's oldest row on a page with its previous observation on the next page", async () => {
    const [first, last] = await Promise.all([1, 3].map((page) => getObservationHistoryPage({ viewer, officialId: ids.official, page })));
    const instagram = first!.subjects.find((subject) => subject.key === ids.instagram)!;
    expect(nOf(instagram.observations.at(-1)!.observedAt)).toBe(72);
    expect(instagram.previous).toMatchObject({ followers: 1069, reach: { value: 1069, measure: "followers" } });
    expect(nOf(first!.subjects.find((subject) => subject.key === "search-TIKTOK")!.previous!.observedAt)).toBe(68);
    // The oldest page holds every account's first observation: nothing before it.
    expect(last!.subjects.map((subject) => subject.previous)).toEqual([null, null, null]);
  });

  it("lists the account never observed on the first page only", async () => {
    const [first, second] = await Promise.all([1, 2].map((page) => getObservationHistoryPage({ viewer, officialId: ids.official, page })));
    expect(first!.subjects.find((subject) => subject.key === ids.telegram)).toMatchObject({ observations: [], previous: null, account: { id: ids.telegram } });
    expect(second!.subjects.some((subject) => subject.key === ids.telegram)).toBe(false);
  });

  it("shows the last page for a page past it, and the first for a page before it", async () => {
    const last = await getObservationHistoryPage({ viewer, officialId: ids.official, page: 3 });
    for (const page of [4, 7, 1_000_000]) {
      expect(await getObservationHistoryPage({ viewer, officialId: ids.official, page })).toEqual(last);
    }
    for (const page of [0, -3, Number.NaN]) {
      const shown = await getObservationHistoryPage({ viewer, officialId: ids.official, page });
      expect([shown.page, Math.max(...rows(shown).map((row) => nOf(row.observedAt)))]).toEqual([1, 119]);
    }
  });

  it("has one empty page for an unknown official", async () => {
    expect(await getObservationHistoryPage({ viewer, officialId: "nope", page: 5 })).toEqual({ subjects: [], total: 0, page: 1, pageCount: 1, pageSize: 50 });
  });
});

describe("getOfficialReachSeries over a paged history", () => {
  it("draws every published count, whichever page of the history is shown", async () => {
    const series = await getOfficialReachSeries({ viewer, officialId: ids.official });
    expect(series.map((s) => [s.account.platform, s.measure, s.points.length, s.points[0]!.value, s.points.at(-1)!.value])).toEqual([
      ["INSTAGRAM", "followers", 40, 1000, 1117],
      ["FACEBOOK", "followers", 40, 1001, 1118],
    ]);
  });
});
