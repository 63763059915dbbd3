import "server-only";
import { assertCan, ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { isUniqueViolation } from "../errors";
import { syncEvidence } from "../evidence/sync-evidence";
import { checkObservedSubject, observationColumns, stageScreenshots, type RecordedInput } from "./observation-data";

export type RecordedObservation = { id: string; status: string; replayed: boolean };

/**
 * A reporter's new observation, saved as a draft or submitted for review, with its evidence. The form's
 * idempotency key makes a double click or a retry after a timeout return the first observation instead of
 * creating a second.
 */
export async function recordObservation({
  viewer,
  input,
  screenshots: files = [],
}: {
  viewer: Viewer;
  input: RecordedInput;
  screenshots?: File[];
}): Promise<RecordedObservation> {
  assertCan(viewer, "observation.create");
  const replay = async (): Promise<RecordedObservation | null> => {
    if (!input.idempotencyKey) return null;
    const existing = await db.observation.findUnique({
      where: { idempotencyKey: input.idempotencyKey },
      select: { id: true, status: true, authorId: true },
    });
    if (!existing) return null;
    if (existing.authorId !== viewer.id) throw new ForbiddenError("observation.create");
    return { id: existing.id, status: existing.status, replayed: true };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  await checkObservedSubject(db, input);
  const { screenshots, discard } = await stageScreenshots(files);
  try {
    return await db.$transaction(async (tx) => {
      await checkObservedSubject(tx, input);
      const submitting = input.intent === "submit";
      const created = await tx.observation.create({
        data: {
          ...observationColumns(input),
          idempotencyKey: input.idempotencyKey ?? null,
          authorId: viewer.id,
          status: submitting ? "SUBMITTED" : "DRAFT",
          submittedAt: submitting ? new Date() : null,
        },
      });
      await syncEvidence(tx, { observationId: created.id, links: input.evidenceLinks, screenshots, removeIds: [] });
      const evidence = await tx.evidence.findMany({ where: { observationId: created.id }, select: { kind: true, url: true, sha256: true } });
      await writeAuditEntry(tx, {
        actorId: viewer.id,
        action: "observation.create",
        entity: "observation",
        entityId: created.id,
        after: { ...created, evidence },
      });
      return { id: created.id, status: created.status, replayed: false };
    });
  } catch (error) {
    await discard();
    // Two requests with one key raced: the loser returns the winner's observation.
    if (isUniqueViolation(error)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
