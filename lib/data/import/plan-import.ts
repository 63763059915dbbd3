import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ImportPlan } from "@/lib/domain/import/plan";
import { planObservationRows } from "@/lib/domain/import/plan-observation-rows";
import { planRegistryRows } from "@/lib/domain/import/plan-registry-rows";
import { reportOf, type ImportReport } from "@/lib/domain/import/report";
import { newRecordId } from "@/lib/validation/record-id";
import { loadImport, type Client, type StoredImport } from "./import-record";
import { loadObservationSnapshot, loadRegistrySnapshot } from "./load-import-snapshot";

/**
 * The dry run: what the import would do to the database as it is now, read with the given client. The report
 * page runs it with the app's client; the confirmation runs it again inside its transaction, so that what is
 * written is worked out from what is there at that moment. New records get ids of the kind Prisma's default
 * gives every other path, which every page accepts (lib/validation/record-id.ts).
 */
export async function planImport(client: Client, stored: StoredImport): Promise<ImportPlan> {
  const common = { headers: stored.headers, mapping: stored.mapping, rows: stored.rows, newId: newRecordId };
  if (stored.kind === "REGISTRY") return planRegistryRows({ ...common, snapshot: await loadRegistrySnapshot(client) });
  const nameColumns = [stored.mapping.indexOf("fullName"), stored.mapping.indexOf("fullNameLatin")].filter((i) => i !== -1);
  const names = [...new Set(stored.rows.flatMap((row) => nameColumns.map((i) => row.cells[i] ?? "")).filter(Boolean))];
  return planObservationRows({ ...common, snapshot: await loadObservationSnapshot(client, names, stored.waveId) });
}

/** What confirming would do, from the database as it is now, for the report page. Writes nothing. */
export async function dryRunImport({ viewer, id }: { viewer: Viewer; id: string }): Promise<ImportReport> {
  assertCan(viewer, "import.run");
  const stored = await loadImport(db, id);
  return reportOf(await planImport(db, stored), stored.rowCount);
}
