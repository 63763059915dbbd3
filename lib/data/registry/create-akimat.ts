import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { AkimatInput } from "@/lib/validation/akimat-input";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError, isUniqueViolation } from "../errors";
import { akimatColumns, checkAkimatPlacement, chooseSlug } from "./akimats";

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
