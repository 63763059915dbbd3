import { describe, expect, it } from "vitest";
import { describeScans, largeSeqScans, seqScansOfGrowingTables, summarizePlan, type ExplainOutput } from "./plan";

const output: ExplainOutput = [
  {
    "Planning Time": 0.5,
    "Execution Time": 12.25,
    Plan: {
      "Node Type": "Hash Join",
      "Shared Hit Blocks": 120,
      "Shared Read Blocks": 3,
      Plans: [
        { "Node Type": "Seq Scan", "Relation Name": "accounts", "Actual Rows": 20, "Actual Loops": 1, "Rows Removed by Filter": 5 },
        {
          "Node Type": "Bitmap Heap Scan",
          "Relation Name": "observations",
          "Actual Rows": 10,
          "Actual Loops": 2,
          Plans: [{ "Node Type": "Bitmap Index Scan", "Index Name": "observations_accountId_observedAt_idx", "Actual Rows": 10, "Actual Loops": 2 }],
        },
      ],
    },
  },
];

describe("summarizePlan", () => {
  const summary = summarizePlan(output);

  it("lists every scan with rows multiplied by loops, bitmap index scans with their index", () => {
    expect(describeScans(summary)).toEqual([
      "Seq Scan accounts [20 rows, 5 filtered out]",
      "Bitmap Heap Scan observations [20 rows]",
      "Bitmap Index Scan (observations_accountId_observedAt_idx) [20 rows]",
    ]);
  });

  it("takes timings and the top node's buffers", () => {
    expect(summary).toMatchObject({ executionMs: 12.25, planningMs: 0.5, sharedHit: 120, sharedRead: 3 });
  });

  it("flags no sequential scan of observations when it is read through an index", () => {
    expect(seqScansOfGrowingTables(summary)).toEqual([]);
  });

  it("notes a whole read of a registry table only from a size on", () => {
    expect(largeSeqScans(summary, 25).map((s) => s.relation)).toEqual(["accounts"]);
    expect(largeSeqScans(summary, 26)).toEqual([]);
  });
});
