import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getWaveChecklist, latestAcrossWaveSql, latestInWaveSql } from "./wave-checklist";

withTestDatabase();

const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
let reporter: Viewer;
let city: string;
let district: string;
let akim: string;
let deputy: string;
let districtAkim: string;
let page1: string;
let page2: string;

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER", name: "Айгерим" }));
  city = (await createAkimat(db, { level: "CITY" })).id;
  district = (await createAkimat(db, { level: "DISTRICT", parentId: city })).id;
  akim = (await createOfficial(db, { akimatId: city, position: { title: "AKIM" } })).id;
  deputy = (await createOfficial(db, { akimatId: city })).id;
  districtAkim = (await createOfficial(db, { akimatId: district, position: { title: "AKIM" } })).id;
  page1 = (await createAccount(db, { officialId: deputy, platform: "FACEBOOK", label: "Страница 1" })).id;
  page2 = (await createAccount(db, { officialId: deputy, platform: "FACEBOOK", label: "Страница 2" })).id;
});

describe("a wave's checklist", () => {
  it("has a cell per official, platform and known account, each at its latest observation in the wave", async () => {
    const wave = await createWave(db, { akimatIds: [city], includeDistricts: true, platforms: ["INSTAGRAM", "FACEBOOK"], dueOn: new Date("2099-01-01") });
    const other = await createWave(db, { akimatIds: [city] });
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: reporter.id, akimatId: district } });
    const at = (day: string) => new Date(`2026-08-${day}T10:00:00Z`);
    await createObservation(db, { officialId: akim, platform: "INSTAGRAM", authorId: reporter.id, waveId: wave.id, status: "DRAFT", observedAt: at("01") });
    await createObservation(db, { officialId: akim, platform: "INSTAGRAM", authorId: reporter.id, waveId: wave.id, status: "SUBMITTED", observedAt: at("02") });
    // Outside the wave, or in another, or rejected: not counted.
    await createObservation(db, { officialId: akim, platform: "FACEBOOK", authorId: reporter.id, status: "APPROVED", observedAt: at("02") });
    await createObservation(db, { officialId: akim, platform: "FACEBOOK", authorId: reporter.id, waveId: other.id, status: "APPROVED", observedAt: at("02") });
    await createObservation(db, {
      officialId: districtAkim,
      platform: "FACEBOOK",
      authorId: reporter.id,
      waveId: wave.id,
      status: "REJECTED",
      observedAt: at("02"),
    });
    await createObservation(db, {
      officialId: deputy,
      platform: "FACEBOOK",
      accountId: page2,
      authorId: reporter.id,
      waveId: wave.id,
      status: "APPROVED",
      observedAt: at("03"),
    });
    await createObservation(db, {
      officialId: districtAkim,
      platform: "INSTAGRAM",
      authorId: reporter.id,
      waveId: wave.id,
      status: "CHANGES_REQUESTED",
      existence: "NOT_FOUND",
      observedAt: at("03"),
    });

    const checklist = (await getWaveChecklist({ viewer: reporter, waveId: wave.id }))!;
    const cells = Object.fromEntries(
      checklist.rows.map((row) => [row.id, row.cells.map((cell) => [cell.platform, cell.accountId, cell.state, cell.notFound])]),
    );
    expect(cells[akim]).toEqual([
      ["INSTAGRAM", null, "SUBMITTED", true],
      ["FACEBOOK", null, "NOT_STARTED", false],
    ]);
    expect(cells[deputy]).toEqual([
      ["INSTAGRAM", null, "NOT_STARTED", false],
      ["FACEBOOK", page1, "NOT_STARTED", false],
      ["FACEBOOK", page2, "APPROVED", false],
    ]);
    expect(cells[districtAkim]).toEqual([
      ["INSTAGRAM", null, "CHANGES_REQUESTED", true],
      ["FACEBOOK", null, "NOT_STARTED", false],
    ]);
    expect(checklist.total).toEqual({ total: 7, NOT_STARTED: 4, DRAFT: 0, SUBMITTED: 1, CHANGES_REQUESTED: 1, APPROVED: 1 });
    expect(checklist.akimats.map((a) => [a.id, a.counts.total, a.counts.NOT_STARTED])).toEqual([
      [city, 5, 3],
      [district, 2, 1],
    ]);
    expect(checklist.reporters.map((r) => [r.reporter?.name ?? null, r.counts.total])).toEqual([
      ["Айгерим", 2],
      [null, 5],
    ]);
    expect(checklist.overdue).toBe(0);

    // Filters: akimat, reporter (or nobody's), and state.
    const ids = async (filter: Parameters<typeof getWaveChecklist>[0]["filter"]) =>
      (await getWaveChecklist({ viewer: reporter, waveId: wave.id, filter }))!.rows.map((row) => row.id);
    expect(await ids({ akimatId: district })).toEqual([districtAkim]);
    expect(await ids({ reporterId: reporter.id })).toEqual([districtAkim]);
    expect((await ids({ reporterId: "open" })).sort()).toEqual([akim, deputy].sort());
    expect(await ids({ state: "APPROVED" })).toEqual([deputy]);
  });

  it("marks what is unfinished after the due day as overdue, and pages by fifty officials", async () => {
    const many = (await createAkimat(db, { level: "DISTRICT" })).id;
    for (let i = 0; i < 51; i += 1) await createOfficial(db, { akimatId: many });
    const wave = await createWave(db, { akimatIds: [many], platforms: ["INSTAGRAM"], dueOn: new Date("2020-01-01") });
    const first = (await getWaveChecklist({ viewer: reporter, waveId: wave.id }))!;
    expect([first.rows.length, first.pages, first.matching, first.overdue]).toEqual([50, 2, 51, 51]);
    const second = (await getWaveChecklist({ viewer: reporter, waveId: wave.id, page: 2 }))!;
    expect(second.rows.length).toBe(1);
    expect(second.rows[0]!.cells[0]).toMatchObject({ state: "NOT_STARTED", overdue: true });
  });

  it("reads a page's cells and the progress through the wave's index, not a scan of observations", async () => {
    const wave = await createWave(db, { akimatIds: [city], platforms: ["INSTAGRAM", "FACEBOOK"] });
    // Many observations of the same official outside the wave: only the wave's index finds the wave's few.
    await db.observation.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        officialId: deputy,
        platform: "FACEBOOK" as const,
        accountId: page1,
        authorId: reporter.id,
        existence: "FOUND" as const,
        observedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
      })),
    });
    await createObservation(db, { officialId: deputy, platform: "FACEBOOK", accountId: page1, authorId: reporter.id, waveId: wave.id, status: "DRAFT" });
    await db.$executeRawUnsafe('ANALYZE "observations"');
    const cells = [
      { officialId: deputy, platform: "FACEBOOK", accountId: page1 },
      { officialId: deputy, platform: "FACEBOOK", accountId: null },
      { officialId: akim, platform: "INSTAGRAM", accountId: null },
    ];
    const query = latestInWaveSql(wave.id, cells);
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query}`);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index Scan.*observations_waveId_officialId_platform_accountId_observedA_idx/);
    expect(text).not.toMatch(/Seq Scan on observations/);
    const progress = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${latestAcrossWaveSql(wave.id)}`);
    expect(progress.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Index Scan.*observations_waveId_officialId_platform_accountId_observedA_idx/);
    const rows = await db.$queryRaw<{ accountId: string | null; status: string }[]>(query);
    expect(rows.map((row) => [row.accountId, row.status])).toEqual([[page1, "DRAFT"]]);
  });
});
