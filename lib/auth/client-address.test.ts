import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the address sign-in limits count", () => {
  it("takes the entry our proxy appended, not what the client invented before it", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
