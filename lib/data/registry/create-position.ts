import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { PositionInput } from "@/lib/validation/position-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { loadForWrite } from "../load-for-write";
import { checkPositionAkimat, positionColumns } from "./position-data";

/** An editor records a post of an official: a current one, or with an end date, a past one. */
export async function createPosition({ viewer, officialId, input }: { viewer: Viewer; officialId: string; input: PositionInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    await loadForWrite(tx, "official", officialId);
    await checkPositionAkimat(tx, input);
    const created = await tx.position.create({ data: { ...positionColumns(input), officialId } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "position.create", entity: "position", entityId: created.id, after: created });
    return { id: created.id };
  });
}
