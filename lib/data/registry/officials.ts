import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { OfficialInput } from "@/lib/validation/official-input";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";
import { latinNameFor } from "./official-data";

/** An editor corrects an official's name. Optimistic locking: the save applies only to the version opened. */
export async function updateOfficial({ viewer, id, expectedVersion, input }: VersionedEdit<OfficialInput>): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "official", id);
    assertVersion(before, expectedVersion);
    const changes = { fullName: input.fullName, fullNameLatin: latinNameFor(input, before) };
    const after = await versionedUpdate(tx, { entity: "official", before, expectedVersion, changes, actorId: viewer.id, action: "official.update" });
    return { id, version: after.version };
  });
}
