import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { EndInput } from "@/lib/validation/end-input";
import type { PositionInput } from "@/lib/validation/position-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

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

/** An editor corrects a post (a wrong date, a portfolio). Optimistic locking on the version opened. */
export async function updatePosition({
  viewer,
  id,
  expectedVersion,
  input,
}: VersionedEdit<PositionInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "position", id);
    assertVersion(before, expectedVersion);
    await checkPositionAkimat(tx, input);
    const after = await versionedUpdate(tx, {
      entity: "position",
      before,
      expectedVersion,
      changes: positionColumns(input),
      actorId: viewer.id,
      action: "position.update",
    });
    return { id, officialId: after.officialId, version: after.version };
  });
}

/** An official leaves a post. The post is never deleted: it moves to the official's history with its dates. */
export async function endPosition({
  viewer,
  id,
  expectedVersion,
  input,
}: VersionedEdit<EndInput>): Promise<{ id: string; officialId: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "position", id);
    assertVersion(before, expectedVersion);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    if (before.startedOn && input.endedOn < before.startedOn) throw new FieldError({ endedOn: ["endBeforeStart"] });
    const after = await versionedUpdate(tx, {
      entity: "position",
      before,
      expectedVersion,
      changes: { endedOn: input.endedOn },
      actorId: viewer.id,
      action: "position.end",
    });
    return { id, officialId: after.officialId, version: after.version };
  });
}

/** The akimat exists; a post still held must be in an akimat that still exists. */
async function checkPositionAkimat(tx: Tx, input: Pick<PositionInput, "akimatId" | "endedOn">) {
  const akimat = await tx.akimat.findUnique({ where: { id: input.akimatId }, select: { endedOn: true } });
  if (!akimat) throw new FieldError({ akimatId: ["unknownOption"] });
  if (akimat.endedOn && !input.endedOn) throw new FieldError({ akimatId: ["akimatEnded"] });
}

const positionColumns = (input: PositionInput) => ({
  akimatId: input.akimatId,
  title: input.title,
  portfolio: input.portfolio,
  startedOn: input.startedOn,
  endedOn: input.endedOn,
});
