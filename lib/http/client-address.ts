/**
 * The address of the person's machine, which the per-address sign-in limits count, as the app reads it. Only the
 * production server can know it: it sees the connection. It works the address out from the socket and
 * TRUSTED_PROXIES (server/client-address.ts) and hands it to the app in CLIENT_ADDRESS_HEADER, always overwriting
 * what the request came with. The app reads nothing else (lib/auth/client-address.ts), and only when the server
 * says it is in front: under `next dev`, or `next start` by hand, that header is whatever the client sent, so the
 * address is unknown there.
 * No `server-only` and nothing from Next: server/ uses it.
 */
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-ashyq-client-address";

/**
 * Set by server/index.ts before it loads Next, read by the app inside the same process. A property of the process,
 * not a header or a setting, so that no request and no copied environment can claim it. (A module variable would
 * not do: Next's bundle has its own copy of this module.)
 */
const SERVER_SETS_ADDRESS = Symbol.for("ashyq.server-sets-client-address");
type Marked = { [SERVER_SETS_ADDRESS]?: boolean };

export function declareServerSetsClientAddress(): void {
  (globalThis as Marked)[SERVER_SETS_ADDRESS] = true;
}

export function serverSetsClientAddress(): boolean {
  return (globalThis as Marked)[SERVER_SETS_ADDRESS] === true;
}

/** The eight 16-bit groups of a valid IPv6 address (without a zone), "::" expanded, a dotted IPv4 tail included. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((+dotted[1]! << 8) | +dotted[2]!).toString(16)}:${((+dotted[3]! << 8) | +dotted[4]!).toString(16)}`
    : address;
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const [head = "", tail] = text.split("::");
  if (tail === undefined) return parse(head);
  const [before, after] = [parse(head), parse(tail)];
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * One spelling per address, or null when the value is not one: "[::1]:443" and "1.2.3.4:80" lose the port (some
 * proxies write them so), a zone is dropped, and an IPv4 address written as IPv6 (::ffff:127.0.0.1, as Node gives
 * a dual-stack socket's peer) becomes plain IPv4, so that it matches TRUSTED_PROXIES' 127.0.0.1 and counts as one.
 */
export function normalizeAddress(value: string | null | undefined): string | null {
  let address = value?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return address.toLowerCase();
}

/**
 * Which addresses count as one client for the limits. An IPv6 address is counted by its /64 network: one
 * household or server is given a whole /64, and could otherwise start a fresh count with every address in it.
 * A value that is not an address is its own bucket (only tests pass one: server/index.ts never does).
 */
export function addressBucket(address: string): string {
  const normalized = normalizeAddress(address);
  if (!normalized) return address;
  if (isIP(normalized) === 4) return normalized;
  return `${ipv6Groups(normalized)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}
