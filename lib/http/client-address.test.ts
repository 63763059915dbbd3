import { describe, expect, it } from "vitest";
import { addressBucket, CLIENT_ADDRESS_HEADER, normalizeAddress, resolveClientAddress, setClientAddressHeader, unlistedProxy } from "./client-address";
import { splitTrustedProxies, trustedProxies, trustedProxyProblem } from "./trusted-proxies";

const none = trustedProxies([]);
const nginx = trustedProxies(["127.0.0.1", "::1"]);
const chain = trustedProxies(["127.0.0.1", "10.0.0.0/8"]);

describe("the client's address, as server/index.ts works it out", () => {
  it("is the connection's by default, whatever X-Forwarded-For says", () => {
    for (const forwardedFor of [undefined, "1.2.3.4", `${Math.random()}`, ["1.2.3.4", "5.6.7.8"]]) {
      expect(resolveClientAddress({ socketAddress: "203.0.113.7", forwardedFor, trusted: none })).toBe("203.0.113.7");
    }
    expect(resolveClientAddress({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, trusted: none })).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress: "203.0.113.7", forwardedFor: "1.2.3.4", trusted: nginx })).toBe("203.0.113.7");
  });

  it("behind a trusted proxy, is the address the proxy wrote, not what the client wrote before it", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "198.51.100.2", trusted: nginx })).toBe("198.51.100.2");
    for (const invented of ["1.1.1.1", "2.2.2.2", "garbage", "10.0.0.1"]) {
      expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: `${invented}, 198.51.100.2`, trusted: nginx })).toBe("198.51.100.2");
    }
    expect(resolveClientAddress({ socketAddress: "::1", forwardedFor: ["9.9.9.9", "[2001:db8::5]:4711"], trusted: nginx })).toBe("2001:db8::5");
  });

  it("walks back through a chain of trusted proxies, and no further", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.2, 10.1.2.3", trusted: chain })).toBe("198.51.100.2");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.2, 10.1.2.3", trusted: nginx })).toBe("10.1.2.3");
  });

  it("is unknown, not the proxy's own, when a trusted proxy does not say whom it forwarded for", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: undefined, trusted: nginx })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: " , ", trusted: nginx })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "unknown", trusted: nginx })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "10.1.2.3", trusted: chain })).toBeNull();
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "198.51.100.2", trusted: none })).toBeNull();
  });

  it("is unknown, not this machine's, when an unlisted proxy on this machine forwards (nginx before TRUSTED_PROXIES)", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "198.51.100.2", trusted: none })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "::1", forwardedFor: "198.51.100.2", trusted: none })).toBeNull();
    // Without the header, a connection from this machine is its own client (the end-to-end tests, curl).
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: undefined, trusted: none })).toBe("127.0.0.1");
    const request = (remoteAddress: string, forwardedFor?: string) => ({ headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {}, socket: { remoteAddress } });
    expect(unlistedProxy(request("::ffff:10.0.0.5", "198.51.100.2"), none)).toBe("10.0.0.5");
    expect(unlistedProxy(request("127.0.0.1", "198.51.100.2"), none)).toBe("127.0.0.1");
    expect(unlistedProxy(request("127.0.0.1", "198.51.100.2"), nginx)).toBeNull();
    expect(unlistedProxy(request("127.0.0.1"), none)).toBeNull();
    expect(unlistedProxy(request("203.0.113.7", "198.51.100.2"), none)).toBeNull();
  });

  it("replaces the header a request came with, or removes it when the address is unknown", () => {
    const forged = { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" }, socket: { remoteAddress: "203.0.113.7" } };
    expect(setClientAddressHeader(forged, none)).toBe("203.0.113.7");
    expect(forged.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    const unknown = { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6" }, socket: { remoteAddress: "127.0.0.1" } };
    expect(setClientAddressHeader(unknown, nginx)).toBeNull();
    expect(unknown.headers).not.toHaveProperty(CLIENT_ADDRESS_HEADER);
  });
});

describe("one spelling per address, one bucket per client", () => {
  it("normalizes what sockets and proxies write", () => {
    expect(normalizeAddress("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(normalizeAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    for (const junk of ["", "unknown", "1.2.3", "999.1.1.1", "'; DROP TABLE rate_limits; --", null, undefined]) expect(normalizeAddress(junk)).toBeNull();
  });

  it("counts IPv4 by address and IPv6 by /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges, IPv4 and IPv6", () => {
    const entries = splitTrustedProxies(" 127.0.0.1, ::1 ,10.0.0.0/8,fd00::/8,,");
    expect(entries).toEqual(["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"]);
    expect(entries.map(trustedProxyProblem)).toEqual([null, null, null, null]);
    const list = trustedProxies(entries);
    expect(["127.0.0.1", "::1", "10.255.0.1", "fd12::1"].map(list.has)).toEqual([true, true, true, true]);
    expect(["127.0.0.2", "11.0.0.1", "fe80::1", "not an address"].map(list.has)).toEqual([false, false, false, false]);
  });

  it("says what is wrong with an entry", () => {
    expect(trustedProxyProblem("localhost")).toMatch(/"localhost" is neither an IP address nor a CIDR range/);
    expect(trustedProxyProblem("10.0.0.0/33")).toMatch(/prefix length from 1 to 32/);
    expect(trustedProxyProblem("fd00::/129")).toMatch(/prefix length from 1 to 128/);
    expect(trustedProxyProblem("10.0.0.0/8/8")).toMatch(/neither/);
    expect(trustedProxyProblem("0.0.0.0/0")).toMatch(/trusts every address/);
  });
});
