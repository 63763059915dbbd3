import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RefusedError } from "../errors";

/**
 * The columns of a user that may be read back, shown and written to the audit trail. Never the password hash:
 * everything that selects a user for a write or an audit entry selects these.
 */
export const safeUserColumns = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  sessionVersion: true,
  version: true,
} satisfies Prisma.UserSelect;

export type SafeUser = Prisma.UserGetPayload<{ select: typeof safeUserColumns }>;

/**
 * Refuses to demote or disable the last active admin, or nobody could manage users any more. The active
 * admins' rows are locked first, so that two admins demoting each other at once cannot both pass the count:
 * the second waits, then counts without the first.
 */
export async function assertNotLastActiveAdmin(tx: Tx, user: SafeUser): Promise<void> {
  if (user.role !== "ADMIN" || user.disabled) return;
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM (SELECT id FROM users WHERE role = 'ADMIN' AND disabled = false FOR UPDATE) AS active_admins`;
  if ((row?.count ?? 0) <= 1) throw new RefusedError("lastAdmin");
}

/** Unused links stop working when a password is set another way, a new link is made, or the user is disabled. */
export async function withdrawPasswordLinks(tx: Tx, userId: string): Promise<void> {
  await tx.passwordSetupToken.deleteMany({ where: { userId, usedAt: null } });
}
