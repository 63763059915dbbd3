/** What an EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan says about index use. */
export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};
export type ExplainOutput = [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }];

export type Scan = { node: string; relation: string; index?: string; rows: number; removedByFilter: number };
export type PlanSummary = { executionMs: number; planningMs: number; sharedHit: number; sharedRead: number; scans: Scan[] };

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

export function summarizePlan([output]: ExplainOutput): PlanSummary {
  const scans: Scan[] = [];
  for (const node of walk(output.Plan)) {
    // A Bitmap Index Scan names its index but not its table (its Bitmap Heap Scan parent names the table).
    if (!node["Relation Name"] && !node["Index Name"]) continue;
    const loops = node["Actual Loops"] ?? 1;
    scans.push({
      node: node["Node Type"],
      relation: node["Relation Name"] ?? "",
      index: node["Index Name"],
      rows: (node["Actual Rows"] ?? 0) * loops,
      removedByFilter: (node["Rows Removed by Filter"] ?? 0) * loops,
    });
  }
  return {
    executionMs: output["Execution Time"],
    planningMs: output["Planning Time"],
    // The top node's buffers include its children's.
    sharedHit: output.Plan["Shared Hit Blocks"] ?? 0,
    sharedRead: output.Plan["Shared Read Blocks"] ?? 0,
    scans,
  };
}

/**
 * Tables that grow with every observation: reading one whole is the problem the benchmark looks for.
 * A whole read of a registry table (accounts: 20 000 rows at full scale) is noted, not failed: a hash join
 * over it can be the cheaper plan.
 */
export const GROWING_TABLES = ["observations", "evidence", "reviews", "audit_entries"];

export const seqScansOfGrowingTables = (summary: PlanSummary) => summary.scans.filter((s) => s.node === "Seq Scan" && GROWING_TABLES.includes(s.relation));

/** Sequential scans of other tables that read at least `rows` rows. */
export const largeSeqScans = (summary: PlanSummary, rows = 10_000) =>
  summary.scans.filter((s) => s.node === "Seq Scan" && !GROWING_TABLES.includes(s.relation) && s.rows + s.removedByFilter >= rows);

/** "Index Scan observations (observations_accountId_observedAt_idx) [1 200 rows, 300 filtered out]", one per scan, in plan order. */
export const describeScans = (summary: PlanSummary) =>
  summary.scans.map(
    (s) =>
      `${[s.node, s.relation].filter(Boolean).join(" ")}${s.index ? ` (${s.index})` : ""} [${s.rows} rows${s.removedByFilter ? `, ${s.removedByFilter} filtered out` : ""}]`,
  );
