import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "../lib/http/client-address";
import { trustedProxies } from "../lib/http/trusted-proxies";
import { resolveClientAddress, setClientAddressHeader, unlistedProxy } from "./client-address";

const none = trustedProxies([]);
const nginx = trustedProxies(["127.0.0.1", "::1"]);
const chain = trustedProxies(["127.0.0.1", "10.0.0.0/8"]);

describe("the client's address, as the server works it out", () => {
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
    const request = (remoteAddress: string, forwardedFor?: string) => ({
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      socket: { remoteAddress },
    });
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
