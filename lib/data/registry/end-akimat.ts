import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { EndInput } from "@/lib/validation/end-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

/**
 * An akimat is abolished or merged: it gets an end date and stays in the registry with its history. The posts
 * still open in it end on the same day, each with its own audit entry, since nobody holds a post in an akimat
 * that no longer exists.
 */
export async function endAkimat({ viewer, id, expectedVersion, input }: VersionedEdit<EndInput>): Promise<{ id: string; version: number; positionsEnded: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "akimat", id);
    assertVersion(before, expectedVersion);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    const openPositions = await tx.position.findMany({ where: { akimatId: id, endedOn: null } });
    if (openPositions.some((position) => position.startedOn && position.startedOn > input.endedOn)) {
      throw new FieldError({ endedOn: ["akimatEndBeforePositionStart"] });
    }

    const after = await versionedUpdate(tx, { entity: "akimat", before, expectedVersion, changes: { endedOn: input.endedOn }, actorId: viewer.id, action: "akimat.end" });

    // Not versionedUpdate: a post changed meanwhile refuses the whole ending with the akimat's version, the one
    // the person's form holds, to be looked at again.
    for (const position of openPositions) {
      const ended = await tx.position.updateMany({
        where: { id: position.id, version: position.version },
        data: { endedOn: input.endedOn, version: { increment: 1 } },
      });
      if (ended.count === 0) throw new ConflictError(before.version);
      const endedPosition = await tx.position.findUniqueOrThrow({ where: { id: position.id } });
      await writeAuditEntry(tx, { actorId: viewer.id, action: "position.end", entity: "position", entityId: position.id, before: position, after: endedPosition });
    }
    return { id, version: after.version, positionsEnded: openPositions.length };
  });
}
