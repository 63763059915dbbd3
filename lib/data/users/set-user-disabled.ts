import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { assertNotLastActiveAdmin, loadUserForEdit, saveUserEdit, withdrawPasswordLinks, type SafeUser } from "./user-data";

/**
 * Disables or re-enables a user. Disabling bumps `sessionVersion`, so that lib/auth/viewer.ts refuses the
 * person's open sessions at their next request, and withdraws any unused set-password link.
 */
export async function setUserDisabled({ viewer, id, expectedVersion, disabled }: { viewer: Viewer; id: string; expectedVersion: number; disabled: boolean }): Promise<SafeUser> {
  if (disabled) assertCan(viewer, "user.disable", { id });
  else assertCan(viewer, "users.manage");
  return db.$transaction(async (tx) => {
    const before = await loadUserForEdit(tx, id, expectedVersion);
    if (before.disabled === disabled) return before;
    if (disabled) {
      await assertNotLastActiveAdmin(tx, before);
      await withdrawPasswordLinks(tx, id);
    }
    const after = await saveUserEdit(tx, { id, expectedVersion, data: disabled ? { disabled, sessionVersion: { increment: 1 } } : { disabled } });
    await writeAuditEntry(tx, { actorId: viewer.id, action: disabled ? "user.disable" : "user.enable", entity: "user", entityId: id, before, after });
    return after;
  });
}
