import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type AuditFilter = { entity?: string; entityId?: string; actorId?: string; action?: string; before?: bigint };

export const AUDIT_PAGE_SIZE = 50;

/** The audit trail, newest first, filtered; `before` pages on by id. Read-only: nothing here edits it. */
export async function listAuditEntries({ viewer, filter = {} }: { viewer: Viewer; filter?: AuditFilter }) {
  assertCan(viewer, "audit.view");
  const entries = await db.auditEntry.findMany({
    where: {
      ...(filter.entity ? { entity: filter.entity } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { id: true, name: true } } },
  });
  const hasMore = entries.length > AUDIT_PAGE_SIZE;
  return { entries: entries.slice(0, AUDIT_PAGE_SIZE), nextBefore: hasMore ? entries[AUDIT_PAGE_SIZE - 1]!.id : null };
}

export async function listAuditActors({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "audit.view");
  return db.user.findMany({ where: { auditEntries: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
