import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { newsroomDay } from "@/lib/domain/time";
import type { Wave } from "@/lib/generated/prisma/client";
import type { WaveAssignmentInput, WaveInput } from "@/lib/validation/wave-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError, NotFoundError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";
import { inPostOn, scopeAkimatIds } from "./wave-scope";

/*
 * A wave's writes (docs/decisions/0017-survey-waves.md), one module as the registry's entities are (decision
 * 0011): create, edit, close, reopen, and give reporters their parts. Each writes its audit entry in its
 * transaction and applies only to the version the editor opened; an assignment changes the wave's version too,
 * so that two editors planning one wave see each other's work as a conflict, not a surprise.
 */

/** An editor plans a wave. */
export async function createWave({ viewer, input }: { viewer: Viewer; input: WaveInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "wave.manage");
    await checkAkimats(tx, input.akimatIds);
    const created = await tx.wave.create({ data: { ...waveColumns(input), akimats: { create: input.akimatIds.map((akimatId) => ({ akimatId })) } } });
    await writeAuditEntry(tx, {
      actorId: viewer.id,
      action: "wave.create",
      entity: "wave",
      entityId: created.id,
      after: { ...created, akimatIds: input.akimatIds },
    });
    return { id: created.id };
  });
}

/** An editor changes a wave's name, window, scope or note; its observations stay where they are. */
export async function updateWave({ viewer, id, expectedVersion, input }: VersionedEdit<WaveInput>): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "wave.manage");
    const wave = await loadForWrite(tx, "wave", id);
    assertVersion(wave, expectedVersion);
    await checkAkimats(tx, input.akimatIds);
    const beforeAkimatIds = await chosenAkimatIds(tx, id);
    // A reporter's akimat or official must stay in the scope: the editor takes the assignment back first.
    const scope = new Set(await scopeAkimatIds(tx, input));
    const assignments = await tx.waveAssignment.findMany({ where: { waveId: id }, select: { akimatId: true, officialId: true } });
    const outside = assignments.filter((assignment) => assignment.akimatId && !scope.has(assignment.akimatId));
    const officials = assignments.flatMap((assignment) => (assignment.officialId ? [assignment.officialId] : []));
    if (outside.length > 0 || (officials.length > 0 && (await countInScope(tx, officials, [...scope])) < new Set(officials).size)) {
      throw new FieldError({ akimatIds: ["assignedOutsideScope"] });
    }
    await tx.waveAkimat.deleteMany({ where: { waveId: id, akimatId: { notIn: input.akimatIds } } });
    await tx.waveAkimat.createMany({ data: input.akimatIds.map((akimatId) => ({ waveId: id, akimatId })), skipDuplicates: true });
    const before: Wave & { akimatIds: string[] } = { ...wave, akimatIds: beforeAkimatIds };
    const after = await versionedUpdate(tx, {
      entity: "wave",
      before,
      expectedVersion,
      changes: waveColumns(input),
      actorId: viewer.id,
      action: "wave.update",
      auditExtra: { akimatIds: input.akimatIds },
    });
    return { id, version: after.version };
  });
}

/** An editor closes a wave (it takes no more observations) or reopens it. */
export async function setWaveClosed({
  viewer,
  id,
  expectedVersion,
  closed,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  closed: boolean;
}): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "wave.manage");
    const wave = await loadForWrite(tx, "wave", id);
    assertVersion(wave, expectedVersion);
    if (closed === (wave.closedAt !== null)) throw new FieldError({ change: [closed ? "waveAlreadyClosed" : "waveAlreadyOpen"] });
    const after = await versionedUpdate(tx, {
      entity: "wave",
      before: wave,
      expectedVersion,
      changes: { closedAt: closed ? new Date() : null },
      actorId: viewer.id,
      action: closed ? "wave.close" : "wave.reopen",
    });
    return { id, version: after.version };
  });
}

/** An editor gives a reporter an akimat of the wave's scope, or one official in it. */
export async function assignWave({ viewer, id, expectedVersion, input }: VersionedEdit<WaveAssignmentInput>): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "wave.manage");
    const wave = await loadForWrite(tx, "wave", id);
    assertVersion(wave, expectedVersion);
    const reporter = await tx.user.findUnique({ where: { id: input.reporterId }, select: { disabled: true } });
    if (!reporter || reporter.disabled) throw new FieldError({ reporterId: ["unknownOption"] });
    const scope = await scopeAkimatIds(tx, { akimatIds: await chosenAkimatIds(tx, id), includeDistricts: wave.includeDistricts });
    const { akimatId, officialId } = input.target;
    const inScope = akimatId ? scope.includes(akimatId) : (await countInScope(tx, [officialId!], scope)) === 1;
    if (!inScope) throw new FieldError({ target: ["notInWave"] });
    const same = await tx.waveAssignment.findFirst({ where: { waveId: id, reporterId: input.reporterId, akimatId, officialId }, select: { id: true } });
    if (same) throw new FieldError({ target: ["alreadyAssigned"] });
    const assignment = await tx.waveAssignment.create({ data: { waveId: id, reporterId: input.reporterId, akimatId, officialId } });
    const after = await versionedUpdate(tx, {
      entity: "wave",
      before: wave,
      expectedVersion,
      changes: {},
      actorId: viewer.id,
      action: "wave.assign",
      auditExtra: { assignment },
    });
    return { id, version: after.version };
  });
}

/** An editor takes an assignment back: that part of the wave is open to anyone again. */
export async function unassignWave({
  viewer,
  id,
  expectedVersion,
  assignmentId,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  assignmentId: string;
}): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "wave.manage");
    const wave = await loadForWrite(tx, "wave", id);
    assertVersion(wave, expectedVersion);
    const assignment = await tx.waveAssignment.findFirst({ where: { id: assignmentId, waveId: id } });
    if (!assignment) throw new NotFoundError("wave");
    await tx.waveAssignment.delete({ where: { id: assignment.id } });
    const after = await versionedUpdate(tx, {
      entity: "wave",
      before: wave,
      expectedVersion,
      changes: {},
      actorId: viewer.id,
      action: "wave.unassign",
      auditExtra: { unassigned: assignment },
    });
    return { id, version: after.version };
  });
}

const waveColumns = (input: WaveInput) => ({
  name: input.name,
  opensOn: input.opensOn,
  dueOn: input.dueOn,
  includeDistricts: input.includeDistricts,
  platforms: input.platforms,
  methodology: input.methodology,
});

async function checkAkimats(tx: Tx, akimatIds: string[]) {
  const found = await tx.akimat.count({ where: { id: { in: akimatIds } } });
  if (found !== akimatIds.length) throw new FieldError({ akimatIds: ["unknownOption"] });
}

async function chosenAkimatIds(tx: Tx, waveId: string): Promise<string[]> {
  return (await tx.waveAkimat.findMany({ where: { waveId }, select: { akimatId: true } })).map((row) => row.akimatId);
}

/** How many of these officials hold a post today in one of these akimats. */
async function countInScope(tx: Tx, officialIds: string[], akimatIds: string[]): Promise<number> {
  const rows = await tx.position.findMany({
    where: { officialId: { in: officialIds }, akimatId: { in: akimatIds }, ...inPostOn(newsroomDay(new Date())) },
    select: { officialId: true },
    distinct: ["officialId"],
  });
  return rows.length;
}
