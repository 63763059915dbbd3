import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { computeWaveChanges, type ChangeObservation } from "./wave-changes";
import { WAVE_CHANGES_CSV_COLUMNS, waveChangesCsvHeader, waveChangesCsvRows, type WaveChangesCsvLanguage } from "./wave-changes-csv";

const obs = (overrides: Partial<ChangeObservation>): ChangeObservation => ({
  officialId: "o1",
  platform: "INSTAGRAM",
  accountId: "a1",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "MONTH",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  followers: 2600,
  followersApproximate: true,
  friends: null,
  friendsApproximate: false,
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  carriedFields: null,
  ...overrides,
});
const language: WaveChangesCsvLanguage = { t: (key) => `[${key}]`, akimatName: (akimat) => akimat.name };

describe("the change report's CSV", () => {
  const later = new Date("2026-08-20T07:00:00Z");
  const accounts = computeWaveChanges(
    [obs({}), obs({ accountId: "a2", followers: 500, followersApproximate: false })],
    [
      obs({ observedAt: later, observedAtPrecision: "DAY", followers: 3900, followersApproximate: false }),
      obs({ accountId: "a2", observedAt: later, existence: "NOT_FOUND", followers: null }),
    ],
  ).map((change) => ({ ...change, account: { handle: "=cmd|' /C calc'!A0", label: null, url: null } }));
  const rows = waveChangesCsvRows(
    {
      fromLabel: "Август 2024",
      toLabel: "2026-08-31",
      rows: [{ fullName: '=HYPERLINK("http://x")', title: "AKIM", akimat: { name: "Акимат СКО", nameKk: null, nameEn: null }, accounts }],
    },
    language,
  );

  it("writes a row per account with then, now, the change marked approximate, and nothing from 'not found'", () => {
    const cell = (row: number, column: (typeof WAVE_CHANGES_CSV_COLUMNS)[number]) => rows[row]![WAVE_CHANGES_CSV_COLUMNS.indexOf(column)];
    expect(rows).toHaveLength(2);
    expect(cell(0, "followersThen")).toBe(2600);
    expect(cell(0, "followersThenApproximate")).toBe("[waveChanges.csv.yes]");
    expect(cell(0, "change")).toBe(1300);
    expect(cell(0, "changePercent")).toBe(50);
    expect(cell(0, "observedThen")).toBe("2024-08");
    expect(cell(1, "followersNow")).toBeNull();
    expect(cell(1, "change")).toBeNull();
    expect(cell(1, "changePercent")).toBeNull();
    expect(cell(1, "changes")).toBe("[waveChanges.kinds.GONE]");
  });

  it("neutralises formulas in names and handles, headers in the interface's language", () => {
    const csv = toCsv(waveChangesCsvHeader(language), rows);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"[waveChanges.csv.columns.official]"`);
  });
});
