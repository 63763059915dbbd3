import { describe, expect, it } from "vitest";
import type { Comparison } from "./comparison";
import { COMPARISON_CSV_HEADER, comparisonCsvRows } from "./comparison-csv";

const observedAt = new Date("2024-08-28T07:00:00Z");
const comparison: Comparison = {
  asOf: new Date("2024-08-31T18:59:59.999Z"),
  platforms: ["INSTAGRAM"],
  akimats: [
    {
      id: "a",
      slug: "sko",
      name: "Акимат СКО",
      nameKk: null,
      nameEn: null,
      level: "REGION",
      officials: [
        {
          id: "z",
          fullName: "Жусуп Жумагулов",
          title: "DEPUTY_AKIM",
          portfolio: null,
          openness: { score: 80, parts: [] },
          cells: {
            INSTAGRAM: [
              {
                accountId: "acc",
                accountLabel: null,
                handle: "zhumagulov",
                url: null,
                kind: "PERSONAL_PROFILE",
                existence: "FOUND",
                visibility: "PUBLIC",
                attribution: null,
                reach: { value: 10000, approximate: true, measure: "followers" },
                lastPostAt: null,
                lastPostAtApproximate: false,
                observedAt,
                observedAtApproximate: true,
                activity: "UNKNOWN",
                stale: false,
              },
            ],
          },
        },
        { id: "t", fullName: "Марат Тасмаганбетов", title: "FIRST_DEPUTY_AKIM", portfolio: null, openness: null, cells: {} },
      ],
    },
  ],
};

describe("the dashboard's CSV rows", () => {
  it("gives one row per account with codes and numbers, and a bare row for an official with nothing observed", () => {
    const rows = comparisonCsvRows(comparison);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === COMPARISON_CSV_HEADER.length)).toBe(true);
    expect(rows[0]).toEqual([
      "2024-08-31T18:59:59.999Z", "Акимат СКО", "sko", "Жусуп Жумагулов", "DEPUTY_AKIM", null, 80, "INSTAGRAM", "zhumagulov", null, "FOUND", "PUBLIC", null,
      10000, "followers", true, null, null, "UNKNOWN", "2024-08-28T07:00:00.000Z", true, false,
    ]);
    expect(rows[1]!.slice(3, 8)).toEqual(["Марат Тасмаганбетов", "FIRST_DEPUTY_AKIM", null, null, null]);
  });
});
