import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { FieldError, NotFoundError } from "../errors";
import { safeUserColumns, withdrawPasswordLinks, type SafeUser } from "./user-data";

const wrongCurrentPassword = () => new FieldError({ currentPassword: ["currentPasswordWrong"] });

/**
 * A signed-in person changes their own password, proving it with the current one. Bumps `sessionVersion`,
 * so every session with the old password ends; the caller signs this person in again.
 */
export async function changeOwnPassword({
  viewer,
  currentPassword,
  newPassword,
}: {
  viewer: Viewer;
  currentPassword: string;
  newPassword: string;
}): Promise<SafeUser> {
  assertCan(viewer, "password.change", { id: viewer.id });
  const current = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!current) throw new NotFoundError("user");
  if (!(await verifyPassword(current.passwordHash, currentPassword))) throw wrongCurrentPassword();
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: safeUserColumns });
    // Only over the password that was verified: an admin's reset in between wins, and this change is refused.
    const { count } = await tx.user.updateMany({
      where: { id: viewer.id, passwordHash: current.passwordHash, disabled: false },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw wrongCurrentPassword();
    await withdrawPasswordLinks(tx, viewer.id);
    const after = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: safeUserColumns });
    await writeAuditEntry(tx, { actorId: viewer.id, action: "user.password.change", entity: "user", entityId: viewer.id, before, after });
    return after;
  });
}
