import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getAkimatProfile } from "./get-akimat-profile";
import { getAkimatReachOverTime } from "./get-akimat-reach-over-time";

withTestDatabase();

const at = (iso: string) => new Date(iso);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
let viewer: Viewer;
const ids = { region: "", city: "", empty: "" };

// The city's figures, computed by hand below: month ends are in Kazakhstan's time (UTC+5).
beforeAll(async () => {
  const reporter = await createUser(db);
  viewer = { id: reporter.id, role: reporter.role, name: reporter.name, email: reporter.email };
  const region = await createAkimat(db, { slug: "sko", name: "Акимат СКО", nameEn: "North Kazakhstan Region Akimat", level: "REGION" });
  const city = await createAkimat(db, { slug: "petropavlovsk", name: "Акимат Петропавловска", level: "CITY", parentId: region.id });
  const empty = await createAkimat(db, { slug: "nura", name: "Акимат района Нура", level: "DISTRICT" });
  Object.assign(ids, { region: region.id, city: city.id, empty: empty.id });

  const akim = await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: city.id, position: { title: "AKIM" } });
  const left = await createOfficial(db, {
    fullName: "Бывший Заместитель",
    akimatId: city.id,
    position: { title: "DEPUTY_AKIM", startedOn: date("2019-03-01"), endedOn: date("2024-09-15") },
  });
  const pages = await createOfficial(db, { fullName: "Калия Туренова", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const closed = await createOfficial(db, { fullName: "Ержан Мустафин", akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const elsewhere = await createOfficial(db, { fullName: "Гауез Нурмухамбетов", akimatId: region.id, position: { title: "AKIM" } });

  const ok = { authorId: reporter.id, status: "APPROVED" as const };
  const insta = await createAccount(db, { officialId: akim.id, platform: "INSTAGRAM" });
  await createObservation(db, {
    ...ok,
    officialId: akim.id,
    accountId: insta.id,
    observedAt: at("2024-08-28T07:00:00Z"),
    followers: 2400,
    followersApproximate: true,
  });
  await createObservation(db, { ...ok, officialId: akim.id, accountId: insta.id, observedAt: at("2024-10-05T07:00:00Z"), followers: 2500 });
  const leftFb = await createAccount(db, { officialId: left.id, platform: "FACEBOOK" });
  await createObservation(db, { ...ok, officialId: left.id, platform: "FACEBOOK", accountId: leftFb.id, observedAt: at("2024-08-20T07:00:00Z"), friends: 316 });
  const page = await createAccount(db, { officialId: pages.id, platform: "FACEBOOK", kind: "PAGE" });
  await createObservation(db, {
    ...ok,
    officialId: pages.id,
    platform: "FACEBOOK",
    accountId: page.id,
    observedAt: at("2024-08-28T07:00:00Z"),
    followers: 1037,
  });
  // A later search on Facebook found nothing: from then on the page no longer counts.
  await createObservation(db, { ...ok, officialId: pages.id, platform: "FACEBOOK", existence: "NOT_FOUND", observedAt: at("2024-10-10T07:00:00Z") });
  const closedInsta = await createAccount(db, { officialId: closed.id, platform: "INSTAGRAM" });
  // 20:00 UTC on 31 August is already 1 September in Petropavlovsk: a September figure.
  await createObservation(db, {
    ...ok,
    officialId: closed.id,
    accountId: closedInsta.id,
    observedAt: at("2024-08-31T20:00:00Z"),
    followers: 506,
    visibility: "CLOSED",
  });
  await createObservation(db, {
    authorId: reporter.id,
    status: "SUBMITTED",
    officialId: closed.id,
    accountId: closedInsta.id,
    observedAt: at("2024-10-01T07:00:00Z"),
    followers: 99_999,
  });
  await createObservation(db, {
    ...ok,
    status: "RETRACTED",
    officialId: akim.id,
    accountId: insta.id,
    observedAt: at("2024-10-06T07:00:00Z"),
    followers: 88_888,
  });
  const regionInsta = await createAccount(db, { officialId: elsewhere.id, platform: "INSTAGRAM" });
  await createObservation(db, { ...ok, officialId: elsewhere.id, accountId: regionInsta.id, observedAt: at("2024-08-28T07:00:00Z"), followers: 3517 });
});

describe("getAkimatProfile", () => {
  it("names the akimat and its parent, officials in post in order of rank and past ones apart", async () => {
    const profile = await getAkimatProfile({ viewer, id: ids.city });
    expect(profile).toMatchObject({ slug: "petropavlovsk", level: "CITY", parent: { id: ids.region, nameEn: "North Kazakhstan Region Akimat" } });
    expect(profile!.current.map((p) => [p.title, p.official.fullName])).toEqual([
      ["AKIM", "Серик Мухамедиев"],
      ["DEPUTY_AKIM", "Ержан Мустафин"],
      ["DEPUTY_AKIM", "Калия Туренова"],
    ]);
    expect(profile!.past.map((p) => [p.official.fullName, p.endedOn])).toEqual([["Бывший Заместитель", date("2024-09-15")]]);
  });

  it("is null for an unknown akimat and empty for one without posts", async () => {
    expect(await getAkimatProfile({ viewer, id: "nope" })).toBeNull();
    expect(await getAkimatProfile({ viewer, id: ids.empty })).toMatchObject({ parent: null, current: [], past: [] });
  });
});

describe("getAkimatReachOverTime", () => {
  it("sums the reach of officials in post at each month's end, from published observations only", async () => {
    const points = await getAkimatReachOverTime({ viewer, akimatId: ids.city, asOf: at("2024-10-20T12:00:00Z") });
    expect(points).toEqual([
      // August: akim ≈2 400, the deputy still in post 316 friends, the page 1 037.
      { monthEnd: at("2024-08-31T18:59:59.999Z"), reach: 3753, approximate: true, accounts: 3 },
      // September: the deputy left on the 15th; the closed account observed on 1 September local time joins.
      { monthEnd: at("2024-09-30T18:59:59.999Z"), reach: 3943, approximate: true, accounts: 3 },
      // October, up to the as-of date: the akim's newer 2 500, the page gone after the search that found nothing.
      { monthEnd: at("2024-10-20T12:00:00Z"), reach: 3006, approximate: false, accounts: 2 },
    ]);
  });

  it("covers only the months asked for", async () => {
    const points = await getAkimatReachOverTime({ viewer, akimatId: ids.city, asOf: at("2024-10-20T12:00:00Z"), months: 2 });
    expect(points.map((p) => [p.monthEnd, p.reach])).toEqual([
      [at("2024-09-30T18:59:59.999Z"), 3943],
      [at("2024-10-20T12:00:00Z"), 3006],
    ]);
  });

  it("moves back in time, and is empty before any data or for an akimat never observed", async () => {
    const august = await getAkimatReachOverTime({ viewer, akimatId: ids.city, asOf: at("2024-08-25T00:00:00Z") });
    expect(august).toEqual([{ monthEnd: at("2024-08-25T00:00:00Z"), reach: 316, approximate: false, accounts: 1 }]);
    expect(await getAkimatReachOverTime({ viewer, akimatId: ids.city, asOf: at("2024-01-01T00:00:00Z") })).toEqual([]);
    expect(await getAkimatReachOverTime({ viewer, akimatId: ids.empty })).toEqual([]);
  });
});
