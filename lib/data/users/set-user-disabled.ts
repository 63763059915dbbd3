import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { assertNotLastActiveAdmin, withdrawPasswordLinks, type SafeUser } from "./user-data";

/**
 * Disables or re-enables a user. Disabling bumps `sessionVersion`, so that lib/auth/viewer.ts refuses the
 * person's open sessions at their next request, and withdraws any unused set-password link.
 */
export async function setUserDisabled({
  viewer,
  id,
  expectedVersion,
  disabled,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  disabled: boolean;
}): Promise<SafeUser> {
  if (disabled) assertCan(viewer, "user.disable", { id });
  else assertCan(viewer, "users.manage");
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "user", id);
    assertVersion(before, expectedVersion);
    if (before.disabled === disabled) return before;
    if (disabled) {
      await assertNotLastActiveAdmin(tx, before);
      await withdrawPasswordLinks(tx, id);
    }
    const changes = disabled ? { disabled, sessionVersion: { increment: 1 } } : { disabled };
    return versionedUpdate(tx, { entity: "user", before, expectedVersion, changes, actorId: viewer.id, action: disabled ? "user.disable" : "user.enable" });
  });
}
