import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import {
  BRAKE_AFTER_FAILURES,
  brakeSeconds,
  FAILURES_PER_ACCOUNT_AND_ADDRESS,
  FAILURES_PER_ADDRESS,
  pairKey,
  SIGN_IN_KEY_PREFIX,
  SIGN_IN_WINDOW_SECONDS,
} from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { addressBucket } from "@/lib/http/client-address";
import { auditSignInThrottled } from "./audit-sign-in-throttled";

/**
 * Failed sign-ins, counted in the database so that the limits hold across several app instances; the numbers and
 * why they are counted so are in sign-in-limits.ts. An address is counted by its bucket (an IPv6 /64 as one). An
 * unknown address (null: lib/auth/client-address.ts) is counted for the account's brake only, never as a bucket
 * of its own, which every such request would share.
 */
let limiters: { pair: RateLimiterPrisma; address: RateLimiterPrisma; account: RateLimiterPrisma } | undefined;
function getLimiters() {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: SIGN_IN_WINDOW_SECONDS, clearExpiredByTimeout: false });
  limiters ??= {
    pair: limiter(SIGN_IN_KEY_PREFIX.pair, FAILURES_PER_ACCOUNT_AND_ADDRESS),
    address: limiter(SIGN_IN_KEY_PREFIX.address, FAILURES_PER_ADDRESS),
    // Only its count is read (the brake): it never refuses.
    account: limiter(SIGN_IN_KEY_PREFIX.account, BRAKE_AFTER_FAILURES),
  };
  return limiters;
}

/** Seconds before this address may try this account again, or 0 when it may try now. */
export async function signInRetryAfter(email: string, address: string | null): Promise<number> {
  if (address === null) return 0;
  const bucket = addressBucket(address);
  const { pair, address: byAddress } = getLimiters();
  const counts = await Promise.all([pair.get(pairKey(email.toLowerCase(), bucket)), byAddress.get(bucket)]);
  const blocked = counts.filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0);
  return blocked.length ? Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) : 0;
}

/** Seconds every attempt on this account waits before its password is checked, whoever makes it: the brake. */
export async function signInBrakeSeconds(email: string): Promise<number> {
  const res = await getLimiters().account.get(email.toLowerCase());
  return brakeSeconds(res?.consumedPoints ?? 0);
}

/**
 * Counts a failure. The one that puts the brake on goes into the audit trail, so that an admin can see that
 * someone is trying a colleague's password (and clear the count on the user's page).
 */
export async function recordFailedSignIn(email: string, address: string | null): Promise<void> {
  const account = email.toLowerCase();
  const bucket = address === null ? null : addressBucket(address);
  const limits = getLimiters();
  const [byAccount, , byAddress] = await Promise.all([
    limits.account.penalty(account, 1),
    bucket === null ? null : limits.pair.penalty(pairKey(account, bucket), 1),
    bucket === null ? null : limits.address.penalty(bucket, 1),
  ]);
  // A window's first failure from an address is what adds rows: then those whose window has ended go, so that an
  // attacker rotating addresses cannot grow the table without bound (the store's own timer is off: several instances).
  if (byAddress?.consumedPoints === 1) await db.rateLimit.deleteMany({ where: { expire: { lt: new Date() } } });
  if (byAccount.consumedPoints === BRAKE_AFTER_FAILURES) {
    await auditSignInThrottled({ email: account, address, failures: byAccount.consumedPoints, until: new Date(Date.now() + byAccount.msBeforeNext) });
  }
}

/**
 * After the right password: that address's failures on the account are forgiven (a typo or two). The account's
 * count is not: it is what an admin looks at when someone else is guessing, and it only slows sign-in down.
 */
export async function clearFailedSignIns(email: string, address: string | null): Promise<void> {
  if (address === null) return;
  await getLimiters().pair.delete(pairKey(email.toLowerCase(), addressBucket(address)));
}
