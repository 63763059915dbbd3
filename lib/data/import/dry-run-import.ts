import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { loadImport } from "./import-record";
import { reportOf, type ImportReport } from "@/lib/validation/import/import-report";
import { planImport } from "./plan-import";

/** What confirming would do, from the database as it is now. Writes nothing. */
export async function dryRunImport({ viewer, id }: { viewer: Viewer; id: string }): Promise<ImportReport> {
  assertCan(viewer, "import.run");
  const stored = await loadImport(db, id);
  return reportOf(await planImport(db, stored), stored.rowCount);
}
