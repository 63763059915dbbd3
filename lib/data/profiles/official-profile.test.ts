import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { countPendingObservations } from "./count-pending-observations";
import { getObservationHistoryPage } from "./get-observation-history-page";
import { getOfficialReachSeries } from "./get-official-reach-series";

withTestDatabase();

const day = (iso: string) => new Date(`${iso}T07:00:00Z`);
let viewer: Viewer;
const ids = { official: "", quiet: "", instagram: "", facebook: "", unobserved: "", published: [] as string[] };

beforeAll(async () => {
  const reporter = await createUser(db);
  viewer = { id: reporter.id, role: reporter.role, name: reporter.name, email: reporter.email };
  const city = await createAkimat(db, { slug: "petropavlovsk", level: "CITY" });
  const official = await createOfficial(db, { fullName: "Ержан Мустафин", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const quiet = await createOfficial(db, { fullName: "Марат Тасмаганбетов", akimatId: city.id, position: { title: "FIRST_DEPUTY_AKIM" } });
  // Registered first, listed after Instagram: the platforms' usual order wins over registration order.
  const facebook = await createAccount(db, { officialId: official.id, platform: "FACEBOOK", kind: "PAGE" });
  const instagram = await createAccount(db, { officialId: official.id, platform: "INSTAGRAM", handle: "mustafin" });
  const unobserved = await createAccount(db, { officialId: official.id, platform: "TELEGRAM" });
  Object.assign(ids, { official: official.id, quiet: quiet.id, instagram: instagram.id, facebook: facebook.id, unobserved: unobserved.id });

  const base = { authorId: reporter.id, officialId: official.id, status: "APPROVED" as const };
  const first = await createObservation(db, {
    ...base,
    accountId: instagram.id,
    observedAt: day("2024-08-28"),
    observedAtPrecision: "MONTH",
    followers: 506,
    visibility: "CLOSED",
  });
  const second = await createObservation(db, { ...base, accountId: instagram.id, observedAt: day("2024-10-02"), followers: 540, visibility: "CLOSED" });
  const friends = await createObservation(db, {
    ...base,
    platform: "FACEBOOK",
    accountId: facebook.id,
    observedAt: day("2024-08-28"),
    friends: 1037,
    friendsApproximate: true,
  });
  const search = await createObservation(db, { ...base, platform: "TIKTOK", existence: "NOT_FOUND", observedAt: day("2024-08-28") });
  ids.published = [first.id, second.id, friends.id, search.id];
  await db.evidence.create({
    data: {
      observationId: second.id,
      kind: "SCREENSHOT",
      storageKey: `${crypto.randomUUID()}.png`,
      thumbnailKey: `${crypto.randomUUID()}.thumb.webp`,
      caption: "профиль",
    },
  });
  await db.evidence.create({ data: { observationId: second.id, kind: "LINK", url: "https://example.org/archive" } });

  // Never in the history: every unpublished status, and a retraction, all with tempting figures.
  for (const status of ["DRAFT", "SUBMITTED", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "RETRACTED"] as const) {
    await createObservation(db, { ...base, status, accountId: instagram.id, observedAt: day("2024-11-01"), followers: 99_999 });
  }
});

/** The whole of a short history: its first and only page. */
const getObservationHistory = async (options: { viewer: Viewer; officialId: string }) => (await getObservationHistoryPage(options)).subjects;

describe("getObservationHistoryPage, for a history of one page", () => {
  it("keeps only published observations, newest first, grouped by account in the platforms' order", async () => {
    const history = await getObservationHistory({ viewer, officialId: ids.official });
    expect(history.map((s) => [s.platform, s.account?.id ?? null])).toEqual([
      ["INSTAGRAM", ids.instagram],
      ["FACEBOOK", ids.facebook],
      ["TELEGRAM", ids.unobserved],
      ["TIKTOK", null],
    ]);
    const all = history.flatMap((s) => s.observations.map((o) => o.id));
    expect(all.sort()).toEqual([...ids.published].sort());
    const instagram = history[0]!.observations;
    expect(instagram.map((o) => o.observedAt.toISOString())).toEqual([day("2024-10-02").toISOString(), day("2024-08-28").toISOString()]);
    expect(instagram[1]).toMatchObject({ observedAtPrecision: "MONTH", reach: { value: 506, approximate: false, measure: "followers" } });
  });

  it("counts friends where that is the measure, and shows only thumbnailed screenshots", async () => {
    const history = await getObservationHistory({ viewer, officialId: ids.official });
    expect(history[1]!.observations[0]!.reach).toEqual({ value: 1037, approximate: true, measure: "friends" });
    expect(history[0]!.observations[0]!.evidence).toEqual([{ id: expect.any(String), caption: "профиль" }]);
    expect(history[0]!.observations[1]!.evidence).toEqual([]);
  });

  it("keeps a search that found nothing as such, with no reach rather than zero", async () => {
    const history = await getObservationHistory({ viewer, officialId: ids.official });
    const search = history.find((s) => s.account === null)!;
    expect(search.observations).toMatchObject([{ existence: "NOT_FOUND", accountId: null, reach: null }]);
  });

  it("lists a registered account before its first observation, and nothing for an official never observed", async () => {
    const history = await getObservationHistory({ viewer, officialId: ids.official });
    expect(history.find((s) => s.account?.id === ids.unobserved)!.observations).toEqual([]);
    expect(await getObservationHistoryPage({ viewer, officialId: ids.quiet })).toEqual({ subjects: [], total: 0, page: 1, pageCount: 1, pageSize: 50 });
  });

  it("has nothing before an account's first observation to compare with", async () => {
    const history = await getObservationHistory({ viewer, officialId: ids.official });
    expect(history.map((subject) => subject.previous)).toEqual([null, null, null, null]);
  });
});

describe("getOfficialReachSeries", () => {
  it("draws one line per account and measure from published counts, and none for a search that found nothing", async () => {
    const series = await getOfficialReachSeries({ viewer, officialId: ids.official });
    expect(series.map((s) => [s.account.id, s.measure, s.points.map((p) => [p.observedAt.toISOString(), p.value, p.approximate])])).toEqual([
      // The first Instagram count is exact, its date known only to the month: the chart's ≈ is a rounded count only,
      // so the point is exact (its date's precision shows in the history, decision 0015).
      [
        ids.instagram,
        "followers",
        [
          [day("2024-08-28").toISOString(), 506, false],
          [day("2024-10-02").toISOString(), 540, false],
        ],
      ],
      [ids.facebook, "friends", [[day("2024-08-28").toISOString(), 1037, true]]],
    ]);
    expect(await getOfficialReachSeries({ viewer, officialId: ids.quiet })).toEqual([]);
    expect(await getOfficialReachSeries({ viewer, officialId: "not an id\u0000" })).toEqual([]);
  });
});

describe("countPendingObservations", () => {
  it("counts the entries waiting for an editor and those sent back, not drafts or decided ones", async () => {
    expect(await countPendingObservations({ viewer, officialId: ids.official })).toEqual({ submitted: 2, changesRequested: 1 });
    expect(await countPendingObservations({ viewer, officialId: ids.quiet })).toEqual({ submitted: 0, changesRequested: 0 });
  });
});
