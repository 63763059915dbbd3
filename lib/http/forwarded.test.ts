import { describe, expect, it } from "vitest";
import { firstForwarded, forwardedHttps, requestOrigin } from "./forwarded";

const headers = (values: Record<string, string>) => new Headers(values);

describe("what the reverse proxy says", () => {
  it("takes the first entry of a forwarded list, as Node or fetch gives it", () => {
    expect(firstForwarded("https, http")).toBe("https");
    expect(firstForwarded(["https", "http"])).toBe("https");
    expect(firstForwarded(" ")).toBeUndefined();
    expect(firstForwarded(null)).toBeUndefined();
  });

  it("says HTTPS only when the proxy does", () => {
    expect(forwardedHttps("https")).toBe(true);
    expect(forwardedHttps("HTTPS, http")).toBe(true);
    expect(forwardedHttps("http, https")).toBe(false);
    expect(forwardedHttps(undefined)).toBe(false);
  });

  it("gives the origin the browser reached: forwarded first, else Host; plain HTTP only on loopback", () => {
    expect(requestOrigin(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "news.example.kz, 10.0.0.2", "x-forwarded-proto": "https" }))).toBe(
      "https://news.example.kz",
    );
    expect(requestOrigin(headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(requestOrigin(headers({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
    expect(requestOrigin(headers({ host: "news.example.kz" }))).toBe("https://news.example.kz");
  });
});
