import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";

/**
 * Failed sign-ins are counted in the database, so that the limits hold across several app instances.
 * Per account: 10 failures in 15 minutes; per address: 50 (a newsroom shares one address).
 */
const WINDOW_SECONDS = 15 * 60;
const ACCOUNT_POINTS = 10;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin-account", points: ACCOUNT_POINTS, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
    address: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin-address", points: 50, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
  };
  return limiters;
}

/** Seconds to wait before trying again, or 0 when a sign-in may be attempted. */
export async function signInRetryAfter(email: string, address: string): Promise<number> {
  const { account, address: byAddress } = getLimiters();
  const [a, b] = await Promise.all([account.get(email.toLowerCase()), byAddress.get(address)]);
  const blocked = [a, b].filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0);
  return blocked.length ? Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) : 0;
}

/**
 * Counts a failure. When it is the one that locks the account, the lockout goes into the audit trail, so an
 * editor can see that someone tried a colleague's password ten times.
 */
export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  const [byAccount] = await Promise.all([account.penalty(email.toLowerCase(), 1), byAddress.penalty(address, 1)]);
  if (byAccount.consumedPoints === ACCOUNT_POINTS) {
    const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
    await db.$transaction((tx) =>
      writeAuditEntry(tx, { actorId: null, action: "user.signInLockout", entity: "user", entityId: user?.id ?? `unknown:${email.toLowerCase()}`, after: { email: email.toLowerCase(), address, lockedForSeconds: WINDOW_SECONDS } }),
    );
  }
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().account.delete(email.toLowerCase());
}
