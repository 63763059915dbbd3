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
  const reporterOf = coveringReporter([
    { akimatId: "city", officialId: null, reporter: "Айгерим" },
    { akimatId: null, officialId: "deputy", reporter: "Арман" },
  ]);

  it("is the reporter given them, else the one given their akimat, else nobody", () => {
    expect(reporterOf({ id: "deputy", akimatId: "city" })).toBe("Арман");
    expect(reporterOf({ id: "akim", akimatId: "city" })).toBe("Айгерим");
    expect(reporterOf({ id: "other", akimatId: "district" })).toBeNull();
  });
});

describe("a reporter's order of work", () => {
  it("puts every unfinished state before every finished one, never started first", () => {
    const ordered = [...CHECKLIST_STATES].sort((a, b) => WORK_ORDER[a] - WORK_ORDER[b]);
    expect(ordered).toEqual(["NOT_STARTED", "CHANGES_REQUESTED", "DRAFT", "SUBMITTED", "APPROVED"]);
    expect(ordered.map(isUnfinished)).toEqual([true, true, true, false, false]);
  });
});
