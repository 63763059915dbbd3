import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { removeStoredFiles } from "../evidence/prepare-screenshots";
import { loadForWrite } from "../load-for-write";
import { assertVersion } from "../versioned-update";

/**
 * The author throws away a draft, on the version they looked at. Only a draft that was never submitted: an editor
 * has seen nothing of it, so nothing published or reviewed is lost. The audit trail keeps what it held; its
 * screenshots' rows go with it in the transaction, their files once it has committed.
 */
export async function deleteDraft({ viewer, id, expectedVersion }: { viewer: Viewer; id: string; expectedVersion: number }): Promise<void> {
  const storedKeys = await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "observation", id);
    assertCan(viewer, "observation.delete", before);
    assertVersion(before, expectedVersion);
    const evidence = await tx.evidence.findMany({ where: { observationId: id }, select: { storageKey: true, thumbnailKey: true } });
    await tx.evidence.deleteMany({ where: { observationId: id } });
    await tx.observation.delete({ where: { id } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "observation.delete", entity: "observation", entityId: id, before });
    return evidence.flatMap((file) => [file.storageKey, file.thumbnailKey]);
  });
  await removeStoredFiles(storedKeys);
}
