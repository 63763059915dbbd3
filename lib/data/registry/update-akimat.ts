import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { AkimatInput } from "@/lib/validation/akimat-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError, isUniqueViolation } from "../errors";
import { akimatColumns, checkAkimatPlacement, chooseSlug, loadAkimatForWrite } from "./akimat-data";

/** An editor corrects an akimat. Optimistic locking: the save applies only to the version the person opened. */
export async function updateAkimat({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: AkimatInput;
}): Promise<{ id: string; version: number }> {
  try {
    return await db.$transaction(async (tx) => {
      assertCan(viewer, "registry.manage");
      const before = await loadAkimatForWrite(tx, id);
      if (before.version !== expectedVersion) throw new ConflictError(before.version);
      await checkAkimatPlacement(tx, input, id);
      const { count } = await tx.akimat.updateMany({
        where: { id, version: expectedVersion },
        data: { ...akimatColumns(input), slug: await chooseSlug(tx, input, id), version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError((await loadAkimatForWrite(tx, id)).version);
      const after = await loadAkimatForWrite(tx, id);
      await writeAuditEntry(tx, { actorId: viewer.id, action: "akimat.update", entity: "akimat", entityId: id, before, after });
      return { id, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError({ slug: ["slugTaken"] });
    throw error;
  }
}
