/**
 * The client's address, worked out where only the production server can: from the connection, and from what the
 * proxies listed in TRUSTED_PROXIES say they forwarded for. The app reads the result from CLIENT_ADDRESS_HEADER
 * (lib/http/client-address.ts), never from X-Forwarded-For, which anyone can write.
 */
import type { IncomingHttpHeaders } from "node:http";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "../lib/http/client-address";
import { trustedProxies, type TrustedProxies } from "../lib/http/trusted-proxies";

type NodeRequest = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } };

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
 * someone forgot to list, for the server to warn about. Null for anything else.
 */
export function unlistedProxy(request: NodeRequest, trusted: TrustedProxies): string | null {
  const address = normalizeAddress(request.socket.remoteAddress);
  const forwards = forwardedHops(request.headers["x-forwarded-for"]).length > 0;
  return address && forwards && !trusted.has(address) && PRIVATE.has(address) ? address : null;
}

/** Replaces whatever CLIENT_ADDRESS_HEADER the request came with by the address worked out here. */
export function setClientAddressHeader(request: NodeRequest, trusted: TrustedProxies): string | null {
  const address = resolveClientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trusted });
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
