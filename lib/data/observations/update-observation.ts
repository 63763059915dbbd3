import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { ObservationInput } from "@/lib/validation/observation-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError } from "../errors";
import { checkObservedSubject, loadObservationForWrite, observationColumns } from "./observation-data";

/**
 * The author changes a draft or an entry returned for changes, and may submit it in the same step.
 * Optimistic locking: the save applies only to the version the person opened.
 */
export async function updateObservation({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: ObservationInput;
}): Promise<{ id: string; status: string; version: number }> {
  return db.$transaction(async (tx) => {
    const before = await loadObservationForWrite(tx, id);
    assertCan(viewer, "observation.edit", before);
    if (before.version !== expectedVersion) throw new ConflictError(before.version, before.status);
    await checkObservedSubject(tx, input);
    const submitting = input.intent === "submit";
    const { count } = await tx.observation.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...observationColumns(input),
        status: submitting ? "SUBMITTED" : before.status,
        submittedAt: submitting ? new Date() : before.submittedAt,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const now = await loadObservationForWrite(tx, id);
      throw new ConflictError(now.version, now.status);
    }
    const after = await loadObservationForWrite(tx, id);
    await writeAuditEntry(tx, {
      actorId: viewer.id,
      action: submitting ? "observation.submit" : "observation.update",
      entity: "observation",
      entityId: id,
      before,
      after,
    });
    return { id, status: after.status, version: after.version };
  });
}
