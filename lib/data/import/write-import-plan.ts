import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { ImportWrites } from "@/lib/domain/import/plan";
import { blankCarriedFields } from "@/lib/validation/carried-input";
import { newRecordId } from "@/lib/validation/record-id";
import { ConflictError } from "../errors";
import { observationColumns } from "../observations/observation-data";
import { insertEvidenceLinks, insertObservations } from "./insert-rows";
import { writeImportAuditEntries, type ImportAuditEntry } from "./write-import-audit";

/** Registry rows per statement (a few columns each; a registry is thousands of rows, not tens of thousands). */
const BATCH = 500;

async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

/**
 * Writes a confirmed import's plan inside the confirmation's transaction: the new records in dependency order
 * (akimats, officials, posts, accounts, observations and their links), the blanks filled in existing records
 * (each on the version that was read, and bumped), and one audit entry per record, naming the import.
 * Imported observations always go to review as submitted, with the importing editor as their author: nobody
 * approves their own entry, so another editor publishes them (there is no "publish at once").
 */
export async function writeImportPlan(
  tx: Tx,
  { viewer, writes, importRef }: { viewer: Viewer; writes: ImportWrites; importRef: { id: string; fileName: string } },
) {
  const now = new Date();
  const audit: ImportAuditEntry[] = [];
  const created = <E extends ImportAuditEntry["entity"]>(entity: E, action: string, records: readonly ({ id: string } & object)[]) =>
    audit.push(...records.map((record) => ({ action, entity, entityId: record.id, after: { ...record, import: importRef } })));

  // Akimats one batch at a time in file order: a new akimat's parent is an older one or an earlier row's.
  await inBatches(writes.akimats, (data) => tx.akimat.createMany({ data }));
  await inBatches(writes.officials, (data) => tx.official.createMany({ data }));
  await inBatches(writes.positions, (data) => tx.position.createMany({ data }));
  await inBatches(writes.accounts, (data) => tx.account.createMany({ data }));
  created("akimat", "akimat.import", writes.akimats);
  created("official", "official.import", writes.officials);
  created("position", "position.import", writes.positions);
  created("account", "account.import", writes.accounts);

  const observations = writes.observations.map((o) => ({
    id: o.id,
    ...observationColumns({ ...o.input, uncheckedFields: blankCarriedFields(o.input) }),
    authorId: viewer.id,
    submittedAt: now,
    status: "SUBMITTED" as const,
    reviewedAt: null,
    reviewerId: null,
  }));
  await insertObservations(tx, observations);
  await insertEvidenceLinks(
    tx,
    writes.observations.flatMap((o) => o.input.evidenceLinks.map((url) => ({ id: newRecordId(), observationId: o.id, url }))),
  );
  created("observation", "observation.import", observations);

  for (const update of writes.updates) {
    const table = tx[update.entity] as unknown as {
      findUnique: (args: { where: { id: string } }) => Promise<({ version: number } & Record<string, unknown>) | null>;
      updateMany: (args: { where: { id: string; version: number }; data: Record<string, unknown> }) => Promise<{ count: number }>;
    };
    const before = await table.findUnique({ where: { id: update.id } });
    if (!before) throw new ConflictError(0);
    const { count } = await table.updateMany({ where: { id: update.id, version: before.version }, data: { ...update.data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError(before.version + 1);
    audit.push({
      action: `${update.entity}.importUpdate`,
      entity: update.entity,
      entityId: update.id,
      before,
      after: { ...before, ...update.data, version: before.version + 1, import: importRef },
    });
  }
  await writeImportAuditEntries(tx, viewer.id, audit);
}
