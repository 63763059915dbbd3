import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getComparison } from "./get-comparison";

withTestDatabase();

const day = (iso: string) => new Date(`${iso}T07:00:00Z`);

beforeAll(async () => {
  const reporter = await createUser(db);
  const region = await createAkimat(db, { slug: "sko", name: "Акимат СКО", level: "REGION" });
  const city = await createAkimat(db, { slug: "petropavlovsk", name: "Акимат Петропавловска", level: "CITY", parentId: region.id });
  const deputy = await createOfficial(db, { fullName: "Калия Туренова", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const akim = await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: city.id, position: { title: "AKIM" } });
  const firstDeputy = await createOfficial(db, { fullName: "Марат Тасмаганбетов", akimatId: region.id, position: { title: "FIRST_DEPUTY_AKIM" } });
  const instagram = await createAccount(db, { officialId: akim.id, platform: "INSTAGRAM" });
  const page1 = await createAccount(db, { officialId: deputy.id, platform: "FACEBOOK", label: "Страница 1" });
  const page2 = await createAccount(db, { officialId: deputy.id, platform: "FACEBOOK", label: "Страница 2" });

  const base = { authorId: reporter.id, existence: "FOUND" as const };
  await createObservation(db, {
    ...base,
    officialId: akim.id,
    accountId: instagram.id,
    status: "APPROVED",
    observedAt: day("2024-08-28"),
    followers: 2400,
    followersApproximate: true,
  });
  await createObservation(db, { ...base, officialId: akim.id, accountId: instagram.id, status: "APPROVED", observedAt: day("2024-09-20"), followers: 2500 });
  // Never public: a draft, a submitted, a rejected and a retracted observation, all newer.
  for (const status of ["DRAFT", "SUBMITTED", "REJECTED", "RETRACTED"] as const) {
    await createObservation(db, { ...base, officialId: akim.id, accountId: instagram.id, status, observedAt: day("2024-10-01"), followers: 99999 });
  }
  await createObservation(db, {
    ...base,
    officialId: deputy.id,
    platform: "FACEBOOK",
    accountId: page1.id,
    status: "APPROVED",
    observedAt: day("2024-08-28"),
    lastPostAt: new Date("2023-08-17T00:00:00Z"),
  });
  await createObservation(db, { ...base, officialId: deputy.id, platform: "FACEBOOK", accountId: page2.id, status: "APPROVED", observedAt: day("2024-08-28") });
  await createObservation(db, {
    authorId: reporter.id,
    officialId: firstDeputy.id,
    platform: "INSTAGRAM",
    existence: "NOT_FOUND",
    status: "APPROVED",
    observedAt: day("2024-08-28"),
  });
});

describe("getComparison", () => {
  it("puts the region beside the city, officials in order of rank, with only published figures", async () => {
    const comparison = await getComparison({ asOf: day("2024-12-01") });
    expect(comparison.akimats.map((a) => a.slug)).toEqual(["sko", "petropavlovsk"]);
    expect(comparison.platforms).toEqual(["INSTAGRAM", "FACEBOOK"]);
    const city = comparison.akimats[1]!;
    expect(city.officials.map((o) => o.fullName)).toEqual(["Серик Мухамедиев", "Калия Туренова"]);
    expect(city.officials[0]!.cells.INSTAGRAM).toMatchObject([{ reach: { value: 2500, approximate: false, measure: "followers" } }]);
    expect(city.officials[1]!.cells.FACEBOOK!.map((c) => c.accountLabel)).toEqual(["Страница 1", "Страница 2"]);
    expect(comparison.akimats[0]!.officials[0]!.cells.INSTAGRAM).toMatchObject([{ existence: "NOT_FOUND", accountId: null }]);
  });

  it("moves back in time with the as-of date", async () => {
    const comparison = await getComparison({ asOf: day("2024-09-01") });
    expect(comparison.akimats[1]!.officials[0]!.cells.INSTAGRAM).toMatchObject([{ reach: { value: 2400, approximate: true } }]);
    const before = await getComparison({ asOf: day("2024-01-01") });
    expect(before.platforms).toEqual([]);
  });

  it("compares any akimats asked for", async () => {
    const comparison = await getComparison({ akimatSlugs: ["petropavlovsk"] });
    expect(comparison.akimats.map((a) => a.slug)).toEqual(["petropavlovsk"]);
  });
});
