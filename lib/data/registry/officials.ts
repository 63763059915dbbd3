import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { transliterate } from "@/lib/domain/transliteration";
import type { OfficialInput } from "@/lib/validation/official-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate, type VersionedEdit } from "../versioned-update";

/** An editor adds an official; the Latin name is made from the Cyrillic one when left empty. */
export async function createOfficial({ viewer, input }: { viewer: Viewer; input: OfficialInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const created = await tx.official.create({ data: { fullName: input.fullName, fullNameLatin: latinNameFor(input) } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "official.create", entity: "official", entityId: created.id, after: created });
    return { id: created.id };
  });
}

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

/**
 * The Latin name to store: the one typed, or one made from the Cyrillic name. When an edit renames the official
 * and leaves a Latin name that was itself made from the old name, it is made again, so that it does not keep
 * spelling the old one.
 */
function latinNameFor(input: OfficialInput, before?: { fullName: string; fullNameLatin: string | null }): string {
  const made = transliterate(input.fullName);
  if (!input.fullNameLatin) return made;
  const keptOldMade =
    before && input.fullName !== before.fullName && input.fullNameLatin === before.fullNameLatin && before.fullNameLatin === transliterate(before.fullName);
  return keptOldMade ? made : input.fullNameLatin;
}
