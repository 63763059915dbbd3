import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { loadUserForEdit, saveUserEdit, withdrawPasswordLinks, type SafeUser } from "./user-data";

/** An admin's reset with a password they type and pass on: the person's sessions end, unused links stop working. */
export async function resetPassword({ viewer, id, expectedVersion, password }: { viewer: Viewer; id: string; expectedVersion: number; password: string }): Promise<SafeUser> {
  assertCan(viewer, "users.manage");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const before = await loadUserForEdit(tx, id, expectedVersion);
    const after = await saveUserEdit(tx, { id, expectedVersion, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await withdrawPasswordLinks(tx, id);
    await writeAuditEntry(tx, { actorId: viewer.id, action: "user.password.reset", entity: "user", entityId: id, before, after: { ...after, passwordSetBy: "admin" } });
    return after;
  });
}
