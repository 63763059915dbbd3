import "server-only";
import type { Tx } from "@/lib/db";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";
import { insertAuditEntries } from "./insert-rows";

/*
 * Audit entries of an import, written in its transaction like every other (lib/data/audit/write-audit-entry.ts).
 * Two things that helper does not do: an entry about the import itself (entity "import"), and many entries in
 * one statement, for a file of 20 000 rows whose every record gets its own entry (insert-rows.ts).
 */

const toJson = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as InputJsonValue));

export type ImportAuditEntry = {
  action: string;
  entity: "akimat" | "official" | "position" | "account" | "observation";
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export async function writeImportAudit(tx: Tx, entry: { actorId: string; action: string; importId: string; before?: unknown; after?: unknown }): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: "import",
      entityId: entry.importId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

export async function writeImportAuditEntries(tx: Tx, actorId: string, entries: readonly ImportAuditEntry[]): Promise<void> {
  await insertAuditEntries(
    tx,
    entries.map((entry) => ({
      actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
