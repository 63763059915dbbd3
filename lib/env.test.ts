import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

describe("the environment", () => {
  it("reads TRUSTED_PROXIES as a list, empty by default", () => {
    expect(loadEnv({ NODE_ENV: "test" }).TRUSTED_PROXIES).toEqual([]);
    expect(loadEnv({ NODE_ENV: "test", TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8"]);
  });

  it("refuses to start on a TRUSTED_PROXIES entry that is not an address or a range, and names it", () => {
    expect(() => loadEnv({ NODE_ENV: "test", TRUSTED_PROXIES: "127.0.0.1,nginx.local" })).toThrow(
      /TRUSTED_PROXIES: "nginx\.local" is neither an IP address nor a CIDR range\. Write IP addresses and CIDR ranges separated by commas/,
    );
    expect(() => loadEnv({ NODE_ENV: "test", TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES: "10\.0\.0\.0\/33"/);
  });
});
