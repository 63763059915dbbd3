import type { ChangeAction, ImportEntity, ImportPlan, PlannedChange, RowError } from "./plan";

/** How many of each record an import creates, updates, leaves as they are, or skips as duplicates. */
export type ImportCounts = Record<ImportEntity, Record<ChangeAction, number>>;

/** The dry run as the report page shows it: counts, and the first of the changes and errors (a file may have 20 000). */
export type ImportReport = {
  rowCount: number;
  rowsWithErrors: number;
  counts: ImportCounts;
  errors: RowError[];
  errorCount: number;
  changes: PlannedChange[];
  changeCount: number;
};

export const REPORT_ERRORS_SHOWN = 500;
export const REPORT_CHANGES_SHOWN = 300;
const ENTITIES: ImportEntity[] = ["akimat", "official", "position", "account", "observation"];

export function countChanges(changes: readonly PlannedChange[]): ImportCounts {
  const counts = Object.fromEntries(ENTITIES.map((entity) => [entity, { create: 0, update: 0, unchanged: 0, duplicate: 0 }])) as ImportCounts;
  for (const change of changes) counts[change.entity][change.action] += 1;
  return counts;
}

export function reportOf(plan: ImportPlan, rowCount: number): ImportReport {
  return {
    rowCount,
    rowsWithErrors: plan.rowsWithErrors,
    counts: countChanges(plan.changes),
    errors: plan.errors.slice(0, REPORT_ERRORS_SHOWN),
    errorCount: plan.errors.length,
    changes: plan.changes.slice(0, REPORT_CHANGES_SHOWN),
    changeCount: plan.changes.length,
  };
}
