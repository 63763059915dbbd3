import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { assertNotLastActiveAdmin, type SafeUser } from "./user-data";

/**
 * Sets a user's role. Sessions need no bump: the viewer's role is read from the database on every request,
 * so the change applies at their next click.
 */
export async function updateUserRole({
  viewer,
  id,
  expectedVersion,
  role,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  role: Role;
}): Promise<SafeUser> {
  assertCan(viewer, "users.manage");
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "user", id);
    assertVersion(before, expectedVersion);
    if (before.role === role) return before;
    if (role !== "ADMIN") await assertNotLastActiveAdmin(tx, before);
    return versionedUpdate(tx, { entity: "user", before, expectedVersion, changes: { role }, actorId: viewer.id, action: "user.role.update" });
  });
}
