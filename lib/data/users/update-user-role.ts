import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { assertNotLastActiveAdmin, loadUserForEdit, saveUserEdit, type SafeUser } from "./user-data";

/**
 * Sets a user's role. Sessions need no bump: the viewer's role is read from the database on every request,
 * so the change applies at their next click.
 */
export async function updateUserRole({ viewer, id, expectedVersion, role }: { viewer: Viewer; id: string; expectedVersion: number; role: Role }): Promise<SafeUser> {
  assertCan(viewer, "users.manage");
  return db.$transaction(async (tx) => {
    const before = await loadUserForEdit(tx, id, expectedVersion);
    if (before.role === role) return before;
    if (role !== "ADMIN") await assertNotLastActiveAdmin(tx, before);
    const after = await saveUserEdit(tx, { id, expectedVersion, data: { role } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "user.role.update", entity: "user", entityId: id, before, after });
    return after;
  });
}
