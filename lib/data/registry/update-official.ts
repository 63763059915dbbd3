import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { OfficialInput } from "@/lib/validation/official-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError } from "../errors";
import { latinNameFor, loadOfficialForWrite } from "./official-data";

/** An editor corrects an official's name. Optimistic locking: the save applies only to the version opened. */
export async function updateOfficial({
  viewer,
  id,
  expectedVersion,
  input,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  input: OfficialInput;
}): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadOfficialForWrite(tx, id);
    if (before.version !== expectedVersion) throw new ConflictError(before.version);
    const { count } = await tx.official.updateMany({
      where: { id, version: expectedVersion },
      data: { fullName: input.fullName, fullNameLatin: latinNameFor(input, before), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError((await loadOfficialForWrite(tx, id)).version);
    const after = await loadOfficialForWrite(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "official.update", entity: "official", entityId: id, before, after });
    return { id, version: after.version };
  });
}
