import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, declareServerSetsClientAddress } from "@/lib/http/client-address";
import { clientAddress } from "./client-address";

const MARK = Symbol.for("ashyq.server-sets-client-address");
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[MARK];
});

describe("the address sign-in limits count", () => {
  it("is never what the client wrote in X-Forwarded-For or X-Real-IP", () => {
    declareServerSetsClientAddress();
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBeNull();
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("is the one server/index.ts set, spelled one way, or unknown", () => {
    declareServerSetsClientAddress();
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "not an address" }))).toBeNull();
    expect(clientAddress(new Headers())).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });

  it("is unknown without server/index.ts in front (next dev), where even that header could come from the client", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "203.0.113.8" }))).toBeNull();
  });
});
