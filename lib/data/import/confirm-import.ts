import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { countChanges, type ImportCounts } from "@/lib/domain/import/report";
import { ConflictError } from "../errors";
import { loadImport } from "./import-record";
import { planImport } from "./plan-import";
import { writeImportAudit } from "./write-import-audit";
import { writeImportPlan } from "./write-import-plan";

/** A file of 20 000 rows takes seconds to write; the default of five would cut it short. */
const TRANSACTION_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Writes the import, all of it in one transaction or nothing. It is planned again inside the transaction, so
 * that what is written is worked out from the database as it is now, not as it was at the dry run; rows with
 * errors are skipped, as the report said. Confirming twice (a double click, a second tab) writes once: the
 * second finds the import confirmed and returns what the first wrote. `expectedVersion` is the mapping's
 * version the editor's report was made with. Observations are written as submitted, for another editor to
 * review: the one who confirms is their author and may not approve them (lib/auth/permissions.ts).
 */
export async function confirmImport({
  viewer,
  id,
  expectedVersion,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
}): Promise<{ summary: ImportCounts; replayed: boolean }> {
  assertCan(viewer, "import.run");
  return db.$transaction(
    async (tx) => {
      // Claimed first: a concurrent confirmation waits on this row, then finds it confirmed.
      const claimed = await tx.import.updateMany({
        where: { id, status: "PENDING", version: expectedVersion },
        data: { status: "CONFIRMED", confirmedAt: new Date(), version: { increment: 1 } },
      });
      const stored = await loadImport(tx, id, { withRows: claimed.count === 1 });
      if (claimed.count === 0) {
        if (stored.status === "CONFIRMED") return { summary: stored.summary as ImportCounts, replayed: true };
        throw new ConflictError(stored.version, stored.status);
      }
      const plan = await planImport(tx, stored);
      await writeImportPlan(tx, { viewer, writes: plan.writes, importRef: { id, fileName: stored.fileName } });
      const summary = countChanges(plan.changes);
      await tx.import.update({ where: { id }, data: { summary } });
      await writeImportAudit(tx, {
        actorId: viewer.id,
        action: "import.confirm",
        importId: id,
        after: { fileName: stored.fileName, kind: stored.kind, rows: stored.rowCount, rowsWithErrors: plan.rowsWithErrors, summary },
      });
      return { summary, replayed: false };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
}
