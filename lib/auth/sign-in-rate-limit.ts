import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/**
 * Failed sign-ins are counted in the database, so that the limits hold across several app instances.
 * Per account: 10 failures in 15 minutes; per address: 50 (a newsroom shares one address).
 */
const WINDOW_SECONDS = 15 * 60;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin-account", points: 10, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
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

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  await Promise.all([account.penalty(email.toLowerCase(), 1), byAddress.penalty(address, 1)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().account.delete(email.toLowerCase());
}
