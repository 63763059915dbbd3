import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { withdrawPasswordLinks, type SafeUser } from "./user-data";

/** An admin's reset with a password they type and pass on: the person's sessions end, unused links stop working. */
export async function resetPassword({
  viewer,
  id,
  expectedVersion,
  password,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  password: string;
}): Promise<SafeUser> {
  assertCan(viewer, "users.manage");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "user", id);
    assertVersion(before, expectedVersion);
    const changes = { passwordHash, sessionVersion: { increment: 1 } };
    const after = await versionedUpdate(tx, {
      entity: "user",
      before,
      expectedVersion,
      changes,
      actorId: viewer.id,
      action: "user.password.reset",
      auditExtra: { passwordSetBy: "admin" },
    });
    await withdrawPasswordLinks(tx, id);
    return after;
  });
}
