/**
 * The address of the person's machine, which the per-address sign-in limits count. Only the production server
 * (server/index.ts) can know it: it sees the connection. It works the address out from the socket and
 * TRUSTED_PROXIES, and hands it to the app in CLIENT_ADDRESS_HEADER, always overwriting what the request came with. The app reads
 * nothing else (lib/auth/client-address.ts), and only when server/index.ts says it is in front: under `next dev`, or
 * `next start` by hand, that header is whatever the client sent, so the address is unknown there.
 * No `server-only` and nothing from Next: server/index.ts uses it.
 */
import { isIP } from "node:net";
import type { IncomingHttpHeaders } from "node:http";
import { trustedProxies, type TrustedProxies } from "./trusted-proxies";

export const CLIENT_ADDRESS_HEADER = "x-ashyq-client-address";

type NodeRequest = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } };

/**
 * Set by server/index.ts before it loads Next, read by the app inside the same process. A property of the process,
 * not a header or a setting, so that no request and no copied environment can claim it. (A module variable would not do:
 * Next's bundle has its own copy of this module.)
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
  const text = dotted ? `${address.slice(0, dotted.index)}${((+dotted[1]! << 8) | +dotted[2]!).toString(16)}:${((+dotted[3]! << 8) | +dotted[4]!).toString(16)}` : address;
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

/** Addresses only a machine's own processes connect from, and those of private networks, where proxies live. */
const LOOPBACK = trustedProxies(["127.0.0.0/8", "::1"]);
const PRIVATE = trustedProxies(["127.0.0.0/8", "::1", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10"]);

const forwardedHops = (forwardedFor: string | string[] | undefined) =>
  [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);

/**
 * The client's address: the socket's, unless that is a trusted proxy; then the address that proxy says it
 * forwarded for (the last X-Forwarded-For entry, which it wrote), and so on through a chain of trusted proxies.
 * Entries further left are whatever the client wrote, and are never reached from an untrusted hop.
 * Null when a trusted proxy does not say whom it forwarded for, or says something that is not an address: the
 * proxy's own address would put every client behind it into one bucket, which one of them could fill for all.
 * Null too for a connection from this machine that says whom it forwarded for without being listed: that is a
 * proxy nobody named (nginx on an install from before TRUSTED_PROXIES), with the same one bucket for everyone.
 * Its X-Forwarded-For is still not believed; and no outsider can connect from this machine's own address.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trusted,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string | null {
  let address = normalizeAddress(socketAddress);
  const hops = forwardedHops(forwardedFor);
  if (address && hops.length > 0 && !trusted.has(address) && LOOPBACK.has(address)) return null;
  while (address && trusted.has(address)) address = normalizeAddress(hops.pop());
  return address;
}

/**
 * A private or loopback address that sent X-Forwarded-For without being in TRUSTED_PROXIES: most likely a proxy
 * someone forgot to list, for server/index.ts to warn about. Null for anything else.
 */
export function unlistedProxy(request: NodeRequest, trusted: TrustedProxies): string | null {
  const address = normalizeAddress(request.socket.remoteAddress);
  const forwards = forwardedHops(request.headers["x-forwarded-for"]).length > 0;
  return address && forwards && !trusted.has(address) && PRIVATE.has(address) ? address : null;
}

/** For server/index.ts: replaces whatever CLIENT_ADDRESS_HEADER the request came with by the address worked out here. */
export function setClientAddressHeader(request: NodeRequest, trusted: TrustedProxies): string | null {
  const address = resolveClientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trusted });
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
