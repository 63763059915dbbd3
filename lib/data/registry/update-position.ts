import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { PositionInput } from "@/lib/validation/position-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError } from "../errors";
import { checkPositionAkimat, loadPositionForWrite, positionColumns } from "./position-data";

/** An editor corrects a post (a wrong date, a portfolio). Optimistic locking on the version opened. */
export async function updatePosition({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: PositionInput;
}): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadPositionForWrite(tx, id);
    if (before.version !== expectedVersion) throw new ConflictError(before.version);
    await checkPositionAkimat(tx, input);
    const { count } = await tx.position.updateMany({ where: { id, version: expectedVersion }, data: { ...positionColumns(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError((await loadPositionForWrite(tx, id)).version);
    const after = await loadPositionForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "position.update", entity: "position", entityId: id, before, after });
    return { id, officialId: after.officialId, version: after.version };
  });
}
