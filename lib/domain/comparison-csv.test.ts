import { describe, expect, it } from "vitest";
import type { Comparison } from "./comparison";
import { COMPARISON_CSV_HEADER, comparisonCsvRows } from "./comparison-csv";
import { opennessOf } from "./openness";

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
          openness: opennessOf([
            {
              platform: "INSTAGRAM",
              existence: "FOUND",
              attribution: null,
              visibility: "PUBLIC",
              contentKinds: ["FAMILY"],
              personalStories: true,
              replies: "REGULARLY",
              liveStreams: null,
            },
          ]),
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
                lastPostAt: new Date("2021-12-31T00:00:00Z"),
                lastPostAtPrecision: "YEAR",
                observedAt,
                observedAtPrecision: "MONTH",
                activity: "UNKNOWN",
                stale: false,
                seenEarlier: [],
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
      "2024-08-31T18:59:59.999Z",
      "Акимат СКО",
      "sko",
      "Жусуп Жумагулов",
      "DEPUTY_AKIM",
      null,
      100,
      4,
      "attributed; liveStreams",
      "INSTAGRAM",
      "zhumagulov",
      null,
      "FOUND",
      "PUBLIC",
      null,
      10000,
      "followers",
      true,
      // Dates at their precision: "last tagged in 2021", a look known to the month.
      "2021",
      "YEAR",
      "UNKNOWN",
      "2024-08",
      "MONTH",
      false,
    ]);
    expect(rows[1]!.slice(3, 10)).toEqual(["Марат Тасмаганбетов", "FIRST_DEPUTY_AKIM", null, null, null, null, null]);
  });

  it("leaves a withheld index empty, beside how many parts were assessed and which were not", () => {
    const withheld = opennessOf([
      {
        platform: "FACEBOOK",
        existence: "FOUND",
        attribution: null,
        visibility: "PUBLIC",
        contentKinds: [],
        personalStories: null,
        replies: null,
        liveStreams: null,
      },
    ]);
    const official = { ...comparison.akimats[0]!.officials[1]!, openness: withheld };
    const [row] = comparisonCsvRows({ ...comparison, akimats: [{ ...comparison.akimats[0]!, officials: [official] }] });
    expect(row!.slice(6, 9)).toEqual([null, 2, "attributed; personal; replies; liveStreams"]);
  });
});
