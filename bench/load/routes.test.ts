import { describe, expect, it } from "vitest";
import { classify, routeOf, type Expectation, type Outcome } from "./routes";

describe("routeOf", () => {
  it("names the embeds by their pattern, without the query", () => {
    expect(routeOf("GET", "/embed/comparison?lang=kk&akimats=sko,petropavlovsk&metric=openness")).toBe("GET /embed/comparison");
    expect(routeOf("get", "http://127.0.0.1:3000/embed/official/cm3x9k2ab0000qz8f1d2e3f4g?lang=ru")).toBe("GET /embed/official/[id]");
  });

  it("tells the form page from a saved observation", () => {
    expect(routeOf("GET", "/observations/new")).toBe("GET /observations/new");
    expect(routeOf("POST", "/observations/new")).toBe("POST /observations/new");
    expect(routeOf("GET", "/observations/cm3x9k2ab0000qz8f1d2e3f4g?saved=submitted")).toBe("GET /observations/[id]");
  });

  it("keeps fixed paths and replaces id-like segments elsewhere", () => {
    expect(routeOf("POST", "/api/auth/callback/credentials")).toBe("POST /api/auth/callback/credentials");
    expect(routeOf("GET", "/api/auth/csrf")).toBe("GET /api/auth/csrf");
    expect(routeOf("GET", "/officials/cm3x9k2ab0000qz8f1d2e3f4g/edit")).toBe("GET /officials/[id]/edit");
    expect(routeOf("GET", "/admin/users/new")).toBe("GET /admin/users/new");
    expect(routeOf("POST", "/review/loadabcdef0123456789abcdef/")).toBe("POST /review/[id]");
    expect(routeOf("GET", "/")).toBe("GET /");
  });
});

const answer = (status: number, location: string | null = null, extra: Partial<Extract<Outcome, { kind: "answer" }>> = {}): Outcome => ({
  kind: "answer",
  status,
  location,
  setCookies: [],
  ...extra,
});
const page: Expectation = { kind: "page" };
const submit: Expectation = { kind: "redirect", statuses: [303], location: /^\/observations\/[a-z0-9]+\?saved=submitted$/ };

describe("classify", () => {
  it("accepts what was expected", () => {
    expect(classify(answer(200), page)).toBeNull();
    expect(classify(answer(304), { kind: "page", revalidated: true })).toBeNull();
    expect(classify(answer(303, "/observations/abc123?saved=submitted"), submit)).toBeNull();
    expect(classify(answer(303, "http://127.0.0.1:4000/observations/abc123?saved=submitted"), submit)).toBeNull();
  });

  it("counts a network failure and a timeout apart", () => {
    expect(classify({ kind: "failed", error: "ECONNRESET", timedOut: false }, page)).toEqual({ kind: "network", detail: "ECONNRESET" });
    expect(classify({ kind: "failed", error: "no answer within 30 s", timedOut: true }, page)?.kind).toBe("timeout");
  });

  it("calls any 5xx a server error, whatever was expected", () => {
    expect(classify(answer(500), page)).toEqual({ kind: "server-error", detail: "500" });
    expect(classify(answer(503), submit)?.kind).toBe("server-error");
  });

  it("calls a redirect to the sign-in page a lost session", () => {
    expect(classify(answer(307, "/login?callbackUrl=%2Fobservations%2Fnew"), page)).toEqual({
      kind: "signed-out",
      detail: "307 → /login?callbackUrl=%2Fobservations%2Fnew",
    });
    expect(classify(answer(303, "http://127.0.0.1:3000/login"), submit)?.kind).toBe("signed-out");
  });

  it("refuses a 304 nobody asked for, and a form that comes back instead of the redirect", () => {
    expect(classify(answer(304), page)?.kind).toBe("unexpected-status");
    expect(classify(answer(200, null, { problem: "Nothing was saved (error id 1a2b3c4d)" }), submit)).toEqual({
      kind: "unexpected-status",
      detail: "200: Nothing was saved (error id 1a2b3c4d)",
    });
    expect(classify(answer(404), page)?.kind).toBe("unexpected-status");
  });

  it("refuses a redirect elsewhere, and a sign-in without its session cookie", () => {
    expect(classify(answer(303, "/observations/abc123?saved=draft"), submit)?.kind).toBe("unexpected-answer");
    expect(classify(answer(303, null), submit)).toEqual({ kind: "unexpected-answer", detail: "303 without a Location" });
    const signIn: Expectation = { kind: "redirect", statuses: [302], location: /^\/dashboard$/, cookie: "authjs.session-token" };
    expect(classify(answer(302, "/dashboard", { setCookies: ["authjs.session-token=x; Path=/"] }), signIn)).toBeNull();
    expect(classify(answer(302, "/dashboard", { setCookies: ["authjs.csrf-token=y"] }), signIn)?.kind).toBe("unexpected-answer");
  });

  it("refuses an embed that sets a cookie, and a page whose body failed its check", () => {
    expect(classify(answer(200, null, { setCookies: ["tracker=1; Path=/"] }), { kind: "page", setsNoCookie: true })).toEqual({
      kind: "unexpected-answer",
      detail: "set a cookie: tracker",
    });
    expect(classify(answer(200, null, { problem: "No observation form on the page" }), page)).toEqual({
      kind: "unexpected-answer",
      detail: "200: No observation form on the page",
    });
  });
});
