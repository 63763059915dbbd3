import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { nextStatus } from "@/lib/domain/review-workflow";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError } from "../errors";
import { loadObservationForWrite } from "./observation-data";

/** An editor publishes a submitted observation they did not write. */
export async function approveObservation({ viewer, id, expectedVersion }: { viewer: Viewer; id: string; expectedVersion: number }) {
  return db.$transaction(async (tx) => {
    const before = await loadObservationForWrite(tx, id);
    assertCan(viewer, "observation.approve", before);
    if (before.version !== expectedVersion) throw new ConflictError(before.version, before.status);
    const reviewedAt = new Date();
    const { count } = await tx.observation.updateMany({
      where: { id, version: expectedVersion },
      data: { status: nextStatus(before.status, "approve"), reviewerId: viewer.id, reviewedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version + 1);
    await tx.review.create({ data: { observationId: id, editorId: viewer.id, decision: "APPROVED" } });
    const after = await loadObservationForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "observation.approve", entity: "observation", entityId: id, before, after });
    return { id, status: after.status, version: after.version };
  });
}
