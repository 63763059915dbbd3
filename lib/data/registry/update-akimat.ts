import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { AkimatInput } from "@/lib/validation/akimat-input";
import { FieldError, isUniqueViolation } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";
import { akimatColumns, checkAkimatPlacement, chooseSlug } from "./akimats";

/** An editor corrects an akimat. Optimistic locking: the save applies only to the version the person opened. */
export async function updateAkimat({ viewer, id, expectedVersion, input }: VersionedEdit<AkimatInput>): Promise<{ id: string; version: number }> {
  try {
    return await db.$transaction(async (tx) => {
      assertCan(viewer, "registry.manage");
      const before = await loadForWrite(tx, "akimat", id);
      assertVersion(before, expectedVersion);
      await checkAkimatPlacement(tx, input, id);
      const changes = { ...akimatColumns(input), slug: await chooseSlug(tx, input, id) };
      const after = await versionedUpdate(tx, { entity: "akimat", before, expectedVersion, changes, actorId: viewer.id, action: "akimat.update" });
      return { id, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError({ slug: ["slugTaken"] });
    throw error;
  }
}
