import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { OfficialInput } from "@/lib/validation/official-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { latinNameFor } from "./official-data";

/** An editor adds an official; the Latin name is made from the Cyrillic one when left empty. */
export async function createOfficial({ viewer, input }: { viewer: Viewer; input: OfficialInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    assertCan(viewer, "registry.manage");
    const created = await tx.official.create({ data: { fullName: input.fullName, fullNameLatin: latinNameFor(input) } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "official.create", entity: "official", entityId: created.id, after: created });
    return { id: created.id };
  });
}
