import { describe, expect, it } from "vitest";
import { addressBucket, normalizeAddress } from "./client-address";
import { splitTrustedProxies, trustedProxies, trustedProxyProblem } from "./trusted-proxies";

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
