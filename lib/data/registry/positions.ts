import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { EndInput } from "@/lib/validation/end-input";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

/** An official leaves a post. The post is never deleted: it moves to the official's history with its dates. */
export async function endPosition({ viewer, id, expectedVersion, input }: VersionedEdit<EndInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "position", id);
    assertVersion(before, expectedVersion);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    if (before.startedOn && input.endedOn < before.startedOn) throw new FieldError({ endedOn: ["endBeforeStart"] });
    const after = await versionedUpdate(tx, { entity: "position", before, expectedVersion, changes: { endedOn: input.endedOn }, actorId: viewer.id, action: "position.end" });
    return { id, officialId: after.officialId, version: after.version };
  });
}
