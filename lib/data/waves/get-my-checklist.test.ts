import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { getMyChecklist, type MyChecklist } from "./get-my-checklist";
import { getWaveChecklist } from "./wave-checklist";

withTestDatabase();

const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
const FUTURE = new Date("2099-01-01");
let me: Viewer;
let other: Viewer;
let newcomer: Viewer;
let city: string;
let district: string;
let akim: string;
let deputy: string;
let othersDeputy: string;
let districtAkim: string;
let districtDeputy: string;
let akimInstagram: string;

/** Each listed cell as [wave, official, platform, account, state], in the list's order. */
const cellsOf = (list: MyChecklist) => list.cells.map(({ wave, official, cell }) => [wave.id, official.id, cell.platform, cell.accountId, cell.state]);

beforeAll(async () => {
  me = asViewer(await createUser(db, { name: "Айгерим" }));
  other = asViewer(await createUser(db, { name: "Арман" }));
  newcomer = asViewer(await createUser(db, { name: "Дана" }));
  city = (await createAkimat(db, { level: "CITY" })).id;
  district = (await createAkimat(db, { level: "DISTRICT", parentId: city })).id;
  // Named so that the checklist's order (by name) is the alphabet's.
  akim = (await createOfficial(db, { fullName: "Аа Аким", akimatId: city, position: { title: "AKIM" } })).id;
  deputy = (await createOfficial(db, { fullName: "Бб Заместитель", akimatId: city })).id;
  othersDeputy = (await createOfficial(db, { fullName: "Вв Чужой", akimatId: city })).id;
  districtAkim = (await createOfficial(db, { fullName: "Гг Районный", akimatId: district, position: { title: "AKIM" } })).id;
  districtDeputy = (await createOfficial(db, { fullName: "Дд Районный", akimatId: district })).id;
  akimInstagram = (await createAccount(db, { officialId: akim, platform: "INSTAGRAM", handle: "akim" })).id;
});

describe("a reporter's open checklist", () => {
  it("says so when no wave is open, whatever a closed one gave them", async () => {
    const closed = await createWave(db, { akimatIds: [city], closedAt: new Date("2024-09-01") });
    await db.waveAssignment.create({ data: { waveId: closed.id, reporterId: me.id, akimatId: city } });
    expect(await getMyChecklist({ viewer: me })).toMatchObject({ kind: "noOpenWave", waves: [], cells: [], total: 0, pages: 1 });
  });

  it("lists the cells the checklist gives them in every open wave, what is still to do first, with each wave's due day", async () => {
    // Wave A: the city with its district; the city is mine, and with it its district; one deputy of the city is
    // someone else's, and the district's akim is mine by name too.
    const a = await createWave(db, { akimatIds: [city], includeDistricts: true, platforms: ["INSTAGRAM", "FACEBOOK"], dueOn: FUTURE });
    await db.waveAssignment.createMany({
      data: [
        { waveId: a.id, reporterId: me.id, akimatId: city },
        { waveId: a.id, reporterId: other.id, officialId: othersDeputy },
        { waveId: a.id, reporterId: me.id, officialId: districtAkim },
      ],
    });
    // Wave B, past its due day: one deputy is mine.
    const b = await createWave(db, { akimatIds: [city], platforms: ["INSTAGRAM"], dueOn: new Date("2020-01-31") });
    await db.waveAssignment.create({ data: { waveId: b.id, reporterId: me.id, officialId: deputy } });
    const at = (day: string) => new Date(`2026-08-${day}T10:00:00Z`);
    const record = (officialId: string, platform: "INSTAGRAM" | "FACEBOOK", status: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED", extra = {}) =>
      createObservation(db, { officialId, platform, authorId: me.id, waveId: a.id, status, observedAt: at("02"), ...extra });
    await record(akim, "INSTAGRAM", "APPROVED", { accountId: akimInstagram });
    await record(deputy, "FACEBOOK", "DRAFT");
    await record(deputy, "INSTAGRAM", "CHANGES_REQUESTED");
    await record(districtAkim, "INSTAGRAM", "SUBMITTED");
    // Someone else's official, and an observation of mine outside any wave: neither is on my list.
    await record(othersDeputy, "INSTAGRAM", "SUBMITTED");
    await createObservation(db, { officialId: akim, platform: "FACEBOOK", authorId: me.id, status: "APPROVED" });

    const list = await getMyChecklist({ viewer: me });
    expect(list.kind).toBe("mine");
    expect(cellsOf(list)).toEqual([
      [b.id, deputy, "INSTAGRAM", null, "NOT_STARTED"],
      [a.id, akim, "FACEBOOK", null, "NOT_STARTED"],
      [a.id, districtAkim, "FACEBOOK", null, "NOT_STARTED"],
      [a.id, districtDeputy, "INSTAGRAM", null, "NOT_STARTED"],
      [a.id, districtDeputy, "FACEBOOK", null, "NOT_STARTED"],
      [a.id, deputy, "INSTAGRAM", null, "CHANGES_REQUESTED"],
      [a.id, deputy, "FACEBOOK", null, "DRAFT"],
      [a.id, districtAkim, "INSTAGRAM", null, "SUBMITTED"],
      [a.id, akim, "INSTAGRAM", akimInstagram, "APPROVED"],
    ]);
    expect(list.cells.map(({ cell }) => cell.overdue)).toEqual([true, false, false, false, false, false, false, false, false]);
    expect(list.cells.find(({ cell }) => cell.state === "CHANGES_REQUESTED")!.cell.notFound).toBe(true);
    expect(list.cells.map(({ official }) => official.akimat.id)).toEqual([city, city, district, district, district, city, city, district, city]);
    expect(list.waves.map((wave) => [wave.id, wave.overdueNow, wave.counts.total, wave.counts.APPROVED, wave.overdue])).toEqual([
      [b.id, true, 1, 0, 1],
      [a.id, false, 8, 1, 0],
    ]);

    // The same cells as the wave's checklist filtered by this reporter: one rule decides whose a cell is.
    const checklist = (await getWaveChecklist({ viewer: me, waveId: a.id, filter: { reporterId: me.id } }))!;
    const fromChecklist = checklist.rows.flatMap((row) => row.cells.map((cell) => [a.id, row.id, cell.platform, cell.accountId, cell.state]));
    expect(cellsOf(list).filter(([wave]) => wave === a.id)).toEqual(expect.arrayContaining(fromChecklist));
    expect(fromChecklist).toHaveLength(8);

    // The other reporter sees their one official only.
    expect(cellsOf(await getMyChecklist({ viewer: other }))).toEqual([
      [a.id, othersDeputy, "FACEBOOK", null, "NOT_STARTED"],
      [a.id, othersDeputy, "INSTAGRAM", null, "SUBMITTED"],
    ]);
  });

  it("without a part of their own, lists the open waves' work that nobody is given", async () => {
    const list = await getMyChecklist({ viewer: newcomer });
    expect(list.kind).toBe("open");
    const waves = await db.wave.findMany({ where: { closedAt: null }, select: { id: true } });
    const open = [];
    for (const wave of waves) {
      const checklist = (await getWaveChecklist({ viewer: newcomer, waveId: wave.id, filter: { reporterId: "open" } }))!;
      open.push(...checklist.rows.flatMap((row) => row.cells.map((cell) => [wave.id, row.id, cell.platform, cell.accountId, cell.state])));
    }
    expect(cellsOf(list)).toEqual(expect.arrayContaining(open));
    expect(list.total).toBe(open.length);
    // Wave A's district is covered through its city; wave B leaves districts out, and its city's akim is nobody's.
    const officials = new Set(list.cells.map(({ official }) => official.id));
    expect(officials.has(akim)).toBe(true);
    expect(officials.has(districtDeputy)).toBe(false);
    expect(officials.has(districtAkim)).toBe(false);
  });

  it("pages by fifty cells", async () => {
    const many = (await createAkimat(db, { level: "DISTRICT" })).id;
    for (let i = 0; i < 51; i += 1) await createOfficial(db, { akimatId: many });
    const wave = await createWave(db, { akimatIds: [many], platforms: ["INSTAGRAM", "FACEBOOK"], dueOn: FUTURE });
    const busy = asViewer(await createUser(db));
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: busy.id, akimatId: many } });
    const first = await getMyChecklist({ viewer: busy });
    expect([first.cells.length, first.total, first.page, first.pages]).toEqual([50, 102, 1, 3]);
    const last = await getMyChecklist({ viewer: busy, page: 9 });
    expect([last.cells.length, last.page]).toEqual([2, 3]);
  });
});

describe("a wave over a region with its districts", () => {
  it("gives the region's reporter its city and districts, except a district or an official given to someone else, as the checklist does", async () => {
    const region = (await createAkimat(db, { level: "REGION" })).id;
    const regionCity = (await createAkimat(db, { level: "CITY", parentId: region })).id;
    const cityDistrict = (await createAkimat(db, { level: "DISTRICT", parentId: regionCity })).id;
    const ownDistrict = (await createAkimat(db, { level: "DISTRICT", parentId: region })).id;
    const official = async (fullName: string, akimatId: string) => (await createOfficial(db, { fullName, akimatId })).id;
    const regionDeputy = await official("Жж Областной", region);
    const cityDeputy = await official("Зз Городской", regionCity);
    const cityDistrictDeputy = await official("Ии Районный", cityDistrict);
    const districtAkim = await official("Кк Районный", ownDistrict);
    const districtDeputy = await official("Лл Районный", ownDistrict);
    const regional = asViewer(await createUser(db, { name: "Аа Областная" }));
    const districtReporter = asViewer(await createUser(db, { name: "Бб Районный" }));
    const namedReporter = asViewer(await createUser(db, { name: "Вв По имени" }));

    const wave = await createWave(db, { akimatIds: [region], includeDistricts: true, platforms: ["FACEBOOK"], dueOn: FUTURE });
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: regional.id, akimatId: region } });
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: districtReporter.id, akimatId: ownDistrict } });
    await db.waveAssignment.create({ data: { waveId: wave.id, reporterId: namedReporter.id, officialId: districtDeputy } });
    // The same region and its city chosen by name, without districts: the region's reporter has the region alone.
    const narrow = await createWave(db, { akimatIds: [region, regionCity], platforms: ["FACEBOOK"], dueOn: FUTURE });
    await db.waveAssignment.create({ data: { waveId: narrow.id, reporterId: regional.id, akimatId: region } });
    await createObservation(db, { officialId: cityDistrictDeputy, platform: "FACEBOOK", authorId: regional.id, waveId: wave.id, status: "SUBMITTED" });

    const officialsOf = async (viewer: Viewer) => (await getMyChecklist({ viewer })).cells.map(({ wave, official }) => [wave.id, official.id]);
    expect(await officialsOf(regional)).toEqual([
      [wave.id, regionDeputy],
      [wave.id, cityDeputy],
      [narrow.id, regionDeputy],
      [wave.id, cityDistrictDeputy],
    ]);
    expect(await officialsOf(districtReporter)).toEqual([[wave.id, districtAkim]]);
    expect(await officialsOf(namedReporter)).toEqual([[wave.id, districtDeputy]]);

    // The checklist says the same: per reporter, in its filter, and with nothing left open.
    const checklist = (await getWaveChecklist({ viewer: regional, waveId: wave.id }))!;
    expect(checklist.reporters.map((row) => [row.reporter?.name ?? null, row.counts.total, row.counts.SUBMITTED])).toEqual([
      ["Аа Областная", 3, 1],
      ["Бб Районный", 1, 0],
      ["Вв По имени", 1, 0],
    ]);
    const filtered = async (waveId: string, reporterId: string) =>
      (await getWaveChecklist({ viewer: regional, waveId, filter: { reporterId } }))!.rows.map((row) => [waveId, row.id]);
    for (const viewer of [regional, districtReporter, namedReporter]) {
      const home = await officialsOf(viewer);
      expect(home.filter(([waveId]) => waveId === wave.id)).toEqual(await filtered(wave.id, viewer.id));
    }
    expect(await filtered(wave.id, "open")).toEqual([]);
    expect(await filtered(narrow.id, regional.id)).toEqual([[narrow.id, regionDeputy]]);
    expect(await filtered(narrow.id, "open")).toEqual([[narrow.id, cityDeputy]]);
  });
});
