import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, NotFoundError } from "../errors";
import { removeStoredFiles } from "../evidence/prepare-screenshots";
import { checkScreenshotRoom, syncEvidence } from "../evidence/sync-evidence";
import { loadForWrite } from "../load-for-write";
import { assertVersion } from "../versioned-update";
import { checkObservedSubject, observationColumns, stageScreenshots, type RecordedInput } from "./observation-data";

const withEvidence = { evidence: { select: { id: true, kind: true, url: true, sha256: true } } } as const;

/**
 * The author changes a draft or an entry returned for changes, and may submit it in the same step.
 * Optimistic locking: the save applies only to the version the person opened.
 */
export async function updateObservation({
  viewer,
  id,
  expectedVersion,
  input,
  screenshots: files = [],
  removeEvidenceIds = [],
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: RecordedInput;
  screenshots?: File[];
  removeEvidenceIds?: string[];
}): Promise<{ id: string; status: string; version: number }> {
  // Refuse early, before any file is processed.
  if (!isRecordId(id)) throw new NotFoundError("observation");
  const current = await db.observation.findUnique({ where: { id }, select: { authorId: true, status: true, version: true } });
  if (!current) throw new NotFoundError("observation");
  assertCan(viewer, "observation.edit", current);
  assertVersion(current, expectedVersion);
  await checkObservedSubject(db, input);
  await checkScreenshotRoom(db, { observationId: id, adding: files.length, removeIds: removeEvidenceIds });
  const { screenshots, discard } = await stageScreenshots(files);
  let removedKeys: string[] = [];
  try {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.observation.findUnique({ where: { id }, include: withEvidence });
      if (!before) throw new NotFoundError("observation");
      assertCan(viewer, "observation.edit", before);
      assertVersion(before, expectedVersion);
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
        const now = await loadForWrite(tx, "observation", id);
        throw new ConflictError(now.version, now.status);
      }
      removedKeys = await syncEvidence(tx, { observationId: id, links: input.evidenceLinks, screenshots, removeIds: removeEvidenceIds });
      const after = await tx.observation.findUniqueOrThrow({ where: { id }, include: withEvidence });
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
    await removeStoredFiles(removedKeys);
    return result;
  } catch (error) {
    await discard();
    throw error;
  }
}
