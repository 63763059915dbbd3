import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { RefusedError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { issuePasswordLink, unusablePasswordHash, type IssuedPasswordLink } from "./password-links";
import type { SafeUser } from "./user-data";

/**
 * An admin's reset by one-time link. A reset is done for a forgotten or exposed password, so the old one stops
 * working now and every session with it (`sessionVersion`); the person chooses a new one through the link.
 */
export async function createPasswordLink({
  viewer,
  id,
  expectedVersion,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
}): Promise<{ user: SafeUser; link: IssuedPasswordLink }> {
  assertCan(viewer, "users.manage");
  const passwordHash = await unusablePasswordHash();
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "user", id);
    assertVersion(before, expectedVersion);
    // The link would be refused on use: say so now, while the admin can enable the account first.
    if (before.disabled) throw new RefusedError("userDisabled");
    const changes = { passwordHash, sessionVersion: { increment: 1 } };
    const after = await versionedUpdate(tx, {
      entity: "user",
      before,
      expectedVersion,
      changes,
      actorId: viewer.id,
      action: "user.password.reset",
      auditExtra: { passwordSetBy: "link" },
    });
    const link = await issuePasswordLink(tx, { userId: id, purpose: "RESET", createdById: viewer.id });
    return { user: after, link };
  });
}
