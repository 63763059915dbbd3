import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { EndInput } from "@/lib/validation/end-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError } from "../errors";
import { loadAkimatForWrite } from "./akimat-data";

/**
 * An akimat is abolished or merged: it gets an end date and stays in the registry with its history. The posts
 * still open in it end on the same day, each with its own audit entry, since nobody holds a post in an akimat
 * that no longer exists.
 */
export async function endAkimat({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: EndInput;
}): Promise<{ id: string; version: number; positionsEnded: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadAkimatForWrite(tx, id);
    if (before.version !== expectedVersion) throw new ConflictError(before.version);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    const openPositions = await tx.position.findMany({ where: { akimatId: id, endedOn: null } });
    if (openPositions.some((position) => position.startedOn && position.startedOn > input.endedOn)) {
      throw new FieldError({ endedOn: ["akimatEndBeforePositionStart"] });
    }

    const { count } = await tx.akimat.updateMany({ where: { id, version: expectedVersion }, data: { endedOn: input.endedOn, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError((await loadAkimatForWrite(tx, id)).version);
    const after = await loadAkimatForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "akimat.end", entity: "akimat", entityId: id, before, after });

    for (const position of openPositions) {
      const ended = await tx.position.updateMany({
        where: { id: position.id, version: position.version },
        data: { endedOn: input.endedOn, version: { increment: 1 } },
      });
      // Someone changed one of its posts meanwhile: the whole ending is refused, to be looked at again.
      if (ended.count === 0) throw new ConflictError(before.version);
      const endedPosition = await tx.position.findUniqueOrThrow({ where: { id: position.id } });
      await writeAuditEntry(tx, { actorId: viewer.id, action: "position.end", entity: "position", entityId: position.id, before: position, after: endedPosition });
    }
    return { id, version: after.version, positionsEnded: openPositions.length };
  });
}
