import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import {
  brakeSeconds,
  FAILURES_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_WINDOW_SECONDS,
  storedAccountKey,
  storedPairKeyPrefix,
  type SignInThrottle,
} from "@/lib/auth/sign-in-limits";
import { db, type Tx } from "@/lib/db";

/** `startsWith` is a LIKE in SQL, where "_" (which an e-mail may hold) and "%" match anything. */
export const literalPrefix = (prefix: string) => prefix.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The account's counts that have not ended. Also read inside the clearing's transaction, hence the client. */
export async function readSignInThrottle(client: Tx, email: string): Promise<SignInThrottle | null> {
  const now = new Date();
  const account = await client.rateLimit.findFirst({ where: { key: storedAccountKey(email), expire: { gt: now } }, select: { points: true, expire: true } });
  const pairs = { key: { startsWith: literalPrefix(storedPairKeyPrefix(email)) }, expire: { gt: now } };
  const perAddress = await client.rateLimit.aggregate({ where: pairs, _count: true, _sum: { points: true }, _min: { expire: true }, _max: { expire: true } });
  if (!account && perAddress._count === 0) return null;
  const refusedAddresses = await client.rateLimit.count({ where: { ...pairs, points: { gte: FAILURES_PER_ACCOUNT_AND_ADDRESS } } });
  // The account's own window may have restarted while an address's goes on: show the larger count.
  const failures = Math.max(account?.points ?? 0, perAddress._sum.points ?? 0);
  const ends = [account?.expire, perAddress._min.expire, perAddress._max.expire]
    .filter((date): date is Date => date instanceof Date)
    .map((date) => date.getTime());
  return {
    failures,
    addresses: perAddress._count,
    refusedAddresses,
    refusedLimit: FAILURES_PER_ACCOUNT_AND_ADDRESS,
    waitSeconds: brakeSeconds(account?.points ?? 0),
    since: new Date(Math.min(...ends) - SIGN_IN_WINDOW_SECONDS * 1000),
    until: new Date(Math.max(...ends)),
  };
}

/** For the user's page: whether sign-in to this account is being held back, and how. Null when nothing is counted. */
export async function getSignInThrottle({ viewer, email }: { viewer: Viewer; email: string }): Promise<SignInThrottle | null> {
  assertCan(viewer, "users.manage");
  return readSignInThrottle(db, email);
}
