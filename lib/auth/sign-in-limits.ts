import "server-only";

/**
 * The sign-in limits' numbers and where they are kept, shared by the limiter (lib/data/users/sign-in-rate-limit.ts) and the admin's
 * view of one account (lib/data/users/sign-in-throttle.ts). Failures are counted in fixed windows of 15 minutes that
 * start at the first failure (rate-limiter-flexible's Prisma store, table `rate_limits`).
 *
 * What refuses an attempt is only ever counted where the attempt comes from, so that someone else's failures
 * never keep a person with the right password out (issue 13):
 * - per account and address: 10 failures, and that address may not try that account again until the window ends;
 * - per address: 50 failures across accounts (a newsroom shares one address), and it may try none.
 * Per account, from anywhere, failures only slow sign-in down: the brake.
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
export const FAILURES_PER_ADDRESS = 50;
/** From this many failures on an account, every attempt on it waits before its password is checked. */
export const BRAKE_AFTER_FAILURES = 10;
const BRAKE_MAX_SECONDS = 5;

/**
 * How long an attempt on an account waits: a second per ten failures in the window, five at most. Enough to make
 * guessing slow and costly from any number of addresses; short enough that the account's owner, typing the right
 * password during an attack, gets in a few seconds later.
 */
export function brakeSeconds(failures: number): number {
  return failures < BRAKE_AFTER_FAILURES ? 0 : Math.min(BRAKE_MAX_SECONDS, Math.floor(failures / BRAKE_AFTER_FAILURES));
}

/** The limiters' key prefixes; rate-limiter-flexible stores a key as `<prefix>:<key>`. */
export const SIGN_IN_KEY_PREFIX = { account: "signin-account", pair: "signin-pair", address: "signin-address" } as const;

/** An account and an address bucket, as one key. "|" appears in neither an address nor an e-mail the forms accept. */
export const pairKey = (email: string, bucket: string) => `${email}|${bucket}`;

export const storedAccountKey = (email: string) => `${SIGN_IN_KEY_PREFIX.account}:${email}`;
/** What every stored per-address key of one account begins with. */
export const storedPairKeyPrefix = (email: string) => `${SIGN_IN_KEY_PREFIX.pair}:${pairKey(email, "")}`;

/** What the admin sees of the failed sign-ins counted against one account (read by lib/data/users/get-sign-in-throttle.ts). */
export type SignInThrottle = {
  /** Failed attempts counted now. */
  failures: number;
  /** From how many addresses (an IPv6 /64 counts as one); failures from an unknown address are in `failures` only. */
  addresses: number;
  /** Of those, how many have reached their limit on this account and are refused until `until`. */
  refusedAddresses: number;
  refusedLimit: number;
  /** Seconds every attempt on the account waits before its password is checked (0: not slowed down). */
  waitSeconds: number;
  /** The first failure counted. */
  since: Date;
  /** When the last count ends, unless cleared. */
  until: Date;
};
