import type { OfficialRef } from "./match";
import { emptyWrites, RowCells, type ImportPlan, type PlanInput, type PlannedChange } from "./plan";
import { RegistryWorkspace, type AkimatRef, type RegistrySnapshot, type RowOutcome } from "./registry-workspace";

/**
 * The dry run of a registry file. A row speaks of an akimat, an official, the official's post in that akimat
 * and one of the official's accounts; any of them may be left out (a row may list an akimat alone). Each part
 * must pass the registry form's own schema. A row with any refused cell is skipped whole.
 */
export function planRegistryRows({ headers, mapping, rows, snapshot, newId }: PlanInput<RegistrySnapshot>): ImportPlan {
  const plan: ImportPlan = { changes: [], errors: [], rowsWithErrors: 0, writes: emptyWrites() };
  const workspace = new RegistryWorkspace(snapshot, plan.writes, newId);

  for (const row of rows) {
    const cells = new RowCells(row, headers, mapping);
    const outcome: RowOutcome = { changes: [], commit: [] };
    const has = (...fields: Parameters<RowCells["get"]>[0][]) => fields.some((field) => cells.get(field));

    const akimat = has("akimat", "akimatSlug") ? workspace.akimat(cells, outcome) : null;
    let official: OfficialRef | null = null;
    if (has("fullName", "fullNameLatin")) {
      official = workspace.official(cells, outcome);
      if (official && has("akimat", "akimatSlug", "title", "portfolio", "startedOn", "endedOn")) workspace.position(cells, outcome, official, akimat);
      if (official && has("platform", "handle", "url", "label", "accountKind")) workspace.account(cells, outcome, official);
    } else if (!has("akimat", "akimatSlug")) {
      cells.refuse("fullName", "required");
    }

    if (cells.errors.length > 0) {
      plan.errors.push(...cells.errors);
      plan.rowsWithErrors += 1;
      continue;
    }
    for (const commit of outcome.commit) commit();
    if (outcome.changes.length > 0) plan.changes.push(...outcome.changes);
    else plan.changes.push(sameAsEarlier(row.n, workspace, official, akimat));
  }
  return plan;
}

/** A row that adds nothing: it repeats what an earlier row of the file (or the registry) already says. */
function sameAsEarlier(row: number, workspace: RegistryWorkspace, official: OfficialRef | null, akimat: AkimatRef | null): PlannedChange {
  const [entity, record] = official ? (["official", official] as const) : (["akimat", akimat!] as const);
  const earlier = workspace.firstRow.get(`${entity}:${record.id}`);
  const name = official ? official.fullName : akimat!.name;
  return { row, entity, action: "duplicate", name, ...(earlier !== undefined && earlier < row ? { sameAsRow: earlier } : {}) };
}
