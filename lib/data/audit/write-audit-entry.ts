import "server-only";
import type { Tx } from "@/lib/db";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

/** What the trail records changes of: every kind of record a write audits (the audit page filters by these). */
export const AUDIT_ENTITIES = ["observation", "user", "akimat", "official", "position", "account", "import", "wave", "savedEmbed"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type AuditEntryInput = {
  actorId: string | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as InputJsonValue));

/** Written in the same transaction as the change it records, so that there is never one without the other. */
export async function writeAuditEntry(tx: Tx, entry: AuditEntryInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
