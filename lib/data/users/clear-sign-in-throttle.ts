import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { storedAccountKey, storedPairKeyPrefix } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";
import { writeAuditEntry } from "../audit/write-audit-entry";
import { NotFoundError } from "../errors";
import { literalPrefix, readSignInThrottle } from "./get-sign-in-throttle";

/**
 * An admin clears the failed sign-ins counted against a user's account: from every address, and the brake. The
 * counts of an address across all accounts stay: they are not this account's, and clearing them would let the
 * address that made them go on guessing elsewhere. Returns false when there was nothing left to clear.
 */
export async function clearSignInThrottle({ viewer, id }: { viewer: Viewer; id: string }): Promise<boolean> {
  assertCan(viewer, "users.manage");
  if (!isRecordId(id)) throw new NotFoundError("user");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true } });
    if (!user) throw new NotFoundError("user");
    const before = await readSignInThrottle(tx, user.email);
    if (!before) return false;
    await tx.rateLimit.deleteMany({
      where: { OR: [{ key: storedAccountKey(user.email) }, { key: { startsWith: literalPrefix(storedPairKeyPrefix(user.email)) } }] },
    });
    const { failures, addresses, refusedAddresses, waitSeconds, since, until } = before;
    await writeAuditEntry(tx, {
      actorId: viewer.id,
      action: "user.signInThrottleCleared",
      entity: "user",
      entityId: id,
      before: { failures, addresses, refusedAddresses, waitSeconds, since, until },
      after: { failures: 0, addresses: 0, refusedAddresses: 0, waitSeconds: 0 },
    });
    return true;
  });
}
