import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { mayBeParentOf } from "@/lib/domain/akimat-levels";
import { toSlug } from "@/lib/domain/transliteration";
import type { AkimatInput } from "@/lib/validation/akimat-input";
import type { EndInput } from "@/lib/validation/end-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { ConflictError, FieldError, isUniqueViolation } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

/** An editor adds an akimat to the registry. */
export async function createAkimat({ viewer, input }: { viewer: Viewer; input: AkimatInput }): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      assertCan(viewer, "registry.manage");
      await checkAkimatPlacement(tx, input);
      const created = await tx.akimat.create({ data: { ...akimatColumns(input), slug: await chooseSlug(tx, input) } });
      await writeAuditEntry(tx, { actorId: viewer.id, action: "akimat.create", entity: "akimat", entityId: created.id, after: created });
      return { id: created.id };
    });
  } catch (error) {
    // Another editor took the slug between our check and our insert.
    if (isUniqueViolation(error)) throw new FieldError({ slug: ["slugTaken"] });
    throw error;
  }
}

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

/**
 * An akimat is abolished or merged: it gets an end date and stays in the registry with its history. The posts
 * still open in it end on the same day, each with its own audit entry, since nobody holds a post in an akimat
 * that no longer exists.
 */
export async function endAkimat({
  viewer,
  id,
  expectedVersion,
  input,
}: VersionedEdit<EndInput>): Promise<{ id: string; version: number; positionsEnded: number }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const before = await loadForWrite(tx, "akimat", id);
    assertVersion(before, expectedVersion);
    if (before.endedOn) throw new FieldError({ endedOn: ["alreadyEnded"] });
    const openPositions = await tx.position.findMany({ where: { akimatId: id, endedOn: null } });
    if (openPositions.some((position) => position.startedOn && position.startedOn > input.endedOn)) {
      throw new FieldError({ endedOn: ["akimatEndBeforePositionStart"] });
    }

    const after = await versionedUpdate(tx, {
      entity: "akimat",
      before,
      expectedVersion,
      changes: { endedOn: input.endedOn },
      actorId: viewer.id,
      action: "akimat.end",
    });

    // Not versionedUpdate: a post changed meanwhile refuses the whole ending with the akimat's version, the one
    // the person's form holds, to be looked at again.
    for (const position of openPositions) {
      const ended = await tx.position.updateMany({
        where: { id: position.id, version: position.version },
        data: { endedOn: input.endedOn, version: { increment: 1 } },
      });
      if (ended.count === 0) throw new ConflictError(before.version);
      const endedPosition = await tx.position.findUniqueOrThrow({ where: { id: position.id } });
      await writeAuditEntry(tx, {
        actorId: viewer.id,
        action: "position.end",
        entity: "position",
        entityId: position.id,
        before: position,
        after: endedPosition,
      });
    }
    return { id, version: after.version, positionsEnded: openPositions.length };
  });
}

/** The parent exists and is of a higher level; when editing, the akimats below still are of a lower one. */
async function checkAkimatPlacement(tx: Tx, input: Pick<AkimatInput, "parentId" | "level">, id?: string) {
  if (input.parentId) {
    const parent = await tx.akimat.findUnique({ where: { id: input.parentId }, select: { level: true } });
    if (!parent) throw new FieldError({ parentId: ["unknownOption"] });
    if (!mayBeParentOf(parent.level, input.level)) throw new FieldError({ parentId: ["parentLevel"] });
  }
  if (id) {
    const children = await tx.akimat.findMany({ where: { parentId: id }, select: { level: true } });
    if (children.some((child) => !mayBeParentOf(input.level, child.level))) throw new FieldError({ level: ["levelAboveChildren"] });
  }
}

/**
 * The slug typed, if free; otherwise one made from the name, numbered when taken ("akimat-goroda-2"). The
 * unique index still has the last word if two editors race for one slug.
 */
async function chooseSlug(tx: Tx, input: Pick<AkimatInput, "slug" | "name">, id?: string): Promise<string> {
  const notThis = id ? { NOT: { id } } : {};
  if (input.slug) {
    const taken = await tx.akimat.findFirst({ where: { slug: input.slug, ...notThis }, select: { id: true } });
    if (taken) throw new FieldError({ slug: ["slugTaken"] });
    return input.slug;
  }
  const base = toSlug(input.name) || "akimat";
  const existing = await tx.akimat.findMany({ where: { slug: { startsWith: base }, ...notThis }, select: { slug: true } });
  const taken = new Set(existing.map((akimat) => akimat.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const akimatColumns = (input: AkimatInput) => ({
  name: input.name,
  nameKk: input.nameKk,
  nameEn: input.nameEn,
  level: input.level,
  parentId: input.parentId,
});
