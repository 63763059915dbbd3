import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { PositionInput } from "@/lib/validation/position-input";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";
import { checkPositionAkimat, positionColumns } from "./position-data";

/** An editor corrects a post (a wrong date, a portfolio). Optimistic locking on the version opened. */
export async function updatePosition({ viewer, id, expectedVersion, input }: VersionedEdit<PositionInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "position", id);
    assertVersion(before, expectedVersion);
    await checkPositionAkimat(tx, input);
    const after = await versionedUpdate(tx, { entity: "position", before, expectedVersion, changes: positionColumns(input), actorId: viewer.id, action: "position.update" });
    return { id, officialId: after.officialId, version: after.version };
  });
}
