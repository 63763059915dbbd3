import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { EndInput } from "@/lib/validation/end-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError } from "../errors";
import { loadPositionForWrite } from "./position-data";

/** An official leaves a post. The post is never deleted: it moves to the official's history with its dates. */
export async function endPosition({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: EndInput;
}): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadPositionForWrite(tx, id);
    if (before.version !== expectedVersion) throw new ConflictError(before.version);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    if (before.startedOn && input.endedOn < before.startedOn) throw new FieldError({ endedOn: ["endBeforeStart"] });
    const { count } = await tx.position.updateMany({ where: { id, version: expectedVersion }, data: { endedOn: input.endedOn, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError((await loadPositionForWrite(tx, id)).version);
    const after = await loadPositionForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "position.end", entity: "position", entityId: id, before, after });
    return { id, officialId: after.officialId, version: after.version };
  });
}
