import { describe, expect, it } from "vitest";
import { CHECKLIST_STATES, checklistCellKey, coveringReporter, isUnfinished, officialCells, WORK_ORDER, type LatestInWave } from "./wave-checklist";

const look = (id: string, status: string, day: string, existence = "FOUND"): LatestInWave => ({
  id,
  status,
  existence,
  observedAt: new Date(`2026-08-${day}T10:00:00Z`),
});

describe("an official's cells", () => {
  const accounts: Record<string, { id: string; handle: string | null; label: string | null }[]> = {
    INSTAGRAM: [{ id: "ig", handle: "akim", label: null }],
    FACEBOOK: [
      { id: "fb1", handle: null, label: "Страница 1" },
      { id: "fb2", handle: null, label: null },
    ],
  };
  const cells = (latest: Record<string, LatestInWave>, overdueNow = false) =>
    officialCells({
      officialId: "o",
      platforms: ["INSTAGRAM", "FACEBOOK", "TELEGRAM"],
      accountsOn: (platform) => accounts[platform] ?? [],
      latest: (key) => latest[key],
      overdueNow,
    });

  it("are one per known account, named by label or handle, and one for a platform without any", () => {
    expect(cells({}).map((cell) => [cell.platform, cell.accountId, cell.accountName, cell.state])).toEqual([
      ["INSTAGRAM", "ig", "@akim", "NOT_STARTED"],
      ["FACEBOOK", "fb1", "Страница 1", "NOT_STARTED"],
      ["FACEBOOK", "fb2", null, "NOT_STARTED"],
      ["TELEGRAM", null, null, "NOT_STARTED"],
    ]);
  });

  it("take a later search that found nothing, recorded without an account, for every cell of its platform", () => {
    const result = cells({
      [checklistCellKey("o", "FACEBOOK", "fb1")]: look("a", "APPROVED", "01"),
      [checklistCellKey("o", "FACEBOOK", "fb2")]: look("b", "DRAFT", "05"),
      [checklistCellKey("o", "FACEBOOK", null)]: look("c", "SUBMITTED", "03", "NOT_FOUND"),
    });
    expect(result.filter((cell) => cell.platform === "FACEBOOK").map((cell) => [cell.observationId, cell.state, cell.notFound])).toEqual([
      ["c", "SUBMITTED", true],
      ["b", "DRAFT", false],
    ]);
  });

  it("are overdue past the due day only while unfinished", () => {
    const result = cells({ [checklistCellKey("o", "INSTAGRAM", "ig")]: look("a", "SUBMITTED", "01") }, true);
    expect(result.map((cell) => cell.overdue)).toEqual([false, true, true, true]);
  });
});

describe("who covers an official", () => {
  // The region sits above its city, which sits above a district; a second district sits under the region directly.
  const parents: Record<string, string | null> = { region: null, city: "region", cityDistrict: "city", district: "region" };
  const parentOf = (akimatId: string) => parents[akimatId];
  const covering = (assignments: { akimatId?: string; officialId?: string; reporter: string }[], includeDistricts = true) =>
    coveringReporter({
      assignments: assignments.map((a) => ({ akimatId: a.akimatId ?? null, officialId: a.officialId ?? null, reporter: a.reporter })),
      includeDistricts,
      parentOf,
    });

  it("is the reporter given them, else the one given their akimat, else nobody", () => {
    const reporterOf = covering([
      { akimatId: "city", reporter: "Айгерим" },
      { officialId: "deputy", reporter: "Арман" },
    ]);
    expect(reporterOf({ id: "deputy", akimatId: "city" })).toBe("Арман");
    expect(reporterOf({ id: "akim", akimatId: "city" })).toBe("Айгерим");
    expect(reporterOf({ id: "other", akimatId: "district" })).toBeNull();
  });

  it("gives the akimats below an akimat to its reporter when the wave includes districts, however deep", () => {
    const reporterOf = covering([{ akimatId: "region", reporter: "Айгерим" }]);
    for (const akimatId of ["region", "city", "cityDistrict", "district"]) expect(reporterOf({ id: "akim", akimatId })).toBe("Айгерим");
  });

  it("gives only the akimat itself when the wave leaves its districts out, even if it chose one below by name", () => {
    const reporterOf = covering([{ akimatId: "region", reporter: "Айгерим" }], false);
    expect(reporterOf({ id: "akim", akimatId: "region" })).toBe("Айгерим");
    expect(reporterOf({ id: "akim", akimatId: "city" })).toBeNull();
  });

  it("lets the most specific assignment win: a name before a district, a district before its city, a city before its region", () => {
    const reporterOf = covering([
      { akimatId: "region", reporter: "Айгерим" },
      { akimatId: "city", reporter: "Арман" },
      { akimatId: "cityDistrict", reporter: "Дана" },
      { officialId: "deputy", reporter: "Ерлан" },
    ]);
    expect(reporterOf({ id: "akim", akimatId: "region" })).toBe("Айгерим");
    expect(reporterOf({ id: "akim", akimatId: "district" })).toBe("Айгерим");
    expect(reporterOf({ id: "akim", akimatId: "city" })).toBe("Арман");
    expect(reporterOf({ id: "akim", akimatId: "cityDistrict" })).toBe("Дана");
    expect(reporterOf({ id: "deputy", akimatId: "cityDistrict" })).toBe("Ерлан");
    expect(reporterOf({ id: "deputy", akimatId: "region" })).toBe("Ерлан");
  });

  it("does not depend on the order the assignments come in, except between two reporters given the same part: the first given", () => {
    const district = { akimatId: "cityDistrict", reporter: "Дана" };
    const regionFirst = { akimatId: "region", reporter: "Айгерим" };
    const regionSecond = { akimatId: "region", reporter: "Арман" };
    const deputyFirst = { officialId: "deputy", reporter: "Ерлан" };
    const deputySecond = { officialId: "deputy", reporter: "Арман" };
    const reporterOf = covering([district, regionFirst, regionSecond, deputyFirst, deputySecond]);
    const reversedExceptTies = covering([deputyFirst, deputySecond, regionFirst, regionSecond, district]);
    for (const official of [
      { id: "akim", akimatId: "cityDistrict" },
      { id: "akim", akimatId: "city" },
      { id: "deputy", akimatId: "city" },
    ]) {
      expect(reversedExceptTies(official)).toBe(reporterOf(official));
    }
    expect(reporterOf({ id: "akim", akimatId: "city" })).toBe("Айгерим");
    expect(reporterOf({ id: "deputy", akimatId: "city" })).toBe("Ерлан");
  });

  it("stops walking up at an akimat it does not know, or after three levels whatever the data says", () => {
    expect(covering([{ akimatId: "region", reporter: "Айгерим" }])({ id: "akim", akimatId: "unknown" })).toBeNull();
    const loop = coveringReporter({
      assignments: [{ akimatId: "elsewhere", officialId: null, reporter: "Айгерим" }],
      includeDistricts: true,
      parentOf: (akimatId) => (akimatId === "a" ? "b" : "a"),
    });
    expect(loop({ id: "akim", akimatId: "a" })).toBeNull();
  });
});

describe("a reporter's order of work", () => {
  it("puts every unfinished state before every finished one, never started first", () => {
    const ordered = [...CHECKLIST_STATES].sort((a, b) => WORK_ORDER[a] - WORK_ORDER[b]);
    expect(ordered).toEqual(["NOT_STARTED", "CHANGES_REQUESTED", "DRAFT", "SUBMITTED", "APPROVED"]);
    expect(ordered.map(isUnfinished)).toEqual([true, true, true, false, false]);
  });
});
