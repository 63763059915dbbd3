/**
 * TRUSTED_PROXIES: the reverse proxies (nginx on the same machine, a load balancer) whose X-Forwarded-For Ashyq
 * believes. Anyone can send that header; only a proxy listed here is asked who its client is (docs/deploy.md).
 * No `server-only` and nothing from Next: server/index.ts and lib/env.ts use it, outside Next.
 */
import { BlockList, isIP } from "node:net";

export const TRUSTED_PROXIES_EXAMPLE = "127.0.0.1,::1,10.0.0.0/8";

export function splitTrustedProxies(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** What is wrong with one entry of TRUSTED_PROXIES, in words for the person who wrote it; null when nothing is. */
export function trustedProxyProblem(entry: string): string | null {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (!version || rest.length > 0) return `"${entry}" is neither an IP address nor a CIDR range`;
  if (prefix === undefined) return null;
  const max = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `"${entry}": the number after "/" must be a prefix length from 1 to ${max}`;
  // Trusting every address would let any client name its own address again, which is what this setting prevents.
  if (Number(prefix) === 0) return `"${entry}" trusts every address, so anyone could choose the address the sign-in limits count; list only your proxies`;
  return null;
}

export type TrustedProxies = { readonly entries: readonly string[]; has(address: string): boolean };

/** The proxies, for matching a connection's address; the entries must have passed `trustedProxyProblem`. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    entries,
    // BlockList also matches an IPv4-mapped IPv6 address (::ffff:127.0.0.1) against an IPv4 rule.
    has: (address) => entries.length > 0 && isIP(address) !== 0 && list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4"),
  };
}
