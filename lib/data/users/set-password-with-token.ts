import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { RefusedError } from "../errors";
import { getPasswordLink } from "./get-password-link";
import { hashLinkToken } from "./password-links";
import { safeUserColumns, withdrawPasswordLinks } from "./user-data";

/**
 * Sets the password of the link's account and uses the link up. Signs nobody in: the person signs in with the
 * new password, which proves they kept it. Ends the account's other sessions, as any password change does.
 */
export async function setPasswordWithToken({ token, password }: { token: string; password: string }): Promise<{ email: string }> {
  // A cheap look first, so that a made-up token costs no argon2 hash.
  if (!(await getPasswordLink({ token }))) throw new RefusedError("linkInvalid");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const link = await tx.passwordSetupToken.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { id: true, userId: true } });
    if (!link) throw new RefusedError("linkInvalid");
    // Claimed in one statement: of two submissions at once, only one finds the link unused (the other waits for
    // the row, then finds `usedAt` set).
    const { count } = await tx.passwordSetupToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
      data: { usedAt: now },
    });
    if (count === 0) throw new RefusedError("linkInvalid");
    const before = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: safeUserColumns });
    const after = await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: safeUserColumns,
    });
    await withdrawPasswordLinks(tx, link.userId);
    await writeAuditEntry(tx, {
      actorId: link.userId,
      action: "user.password.set_with_link",
      entity: "user",
      entityId: link.userId,
      before,
      after: { ...after, linkId: link.id },
    });
    return { email: after.email };
  });
}
