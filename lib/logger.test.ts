import { afterEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: null as Headers | null }));

vi.mock("next/headers", () => ({
  headers: () => {
    // Like Next outside a request (start-up, scripts): a synchronous throw.
    if (!request.headers) throw new Error("`headers` was called outside a request scope");
    return Promise.resolve(request.headers);
  },
}));

const { currentRequestId, logger, logRequestError, logUnexpected, requestLogger } = await import("./logger");

/** Catches what the request's logger writes: the child's bindings and each error line. */
function captureLines() {
  const lines: { bindings: Record<string, unknown>; fields: Record<string, unknown>; message: string }[] = [];
  vi.spyOn(logger, "child").mockImplementation(((bindings: Record<string, unknown>) => ({
    error: (fields: Record<string, unknown>, message: string) => lines.push({ bindings, fields, message }),
    warn: (fields: Record<string, unknown>, message: string) => lines.push({ bindings, fields, message: `warn: ${message}` }),
  })) as unknown as typeof logger.child);
  vi.spyOn(logger, "error").mockImplementation(((fields: Record<string, unknown>, message: string) => {
    lines.push({ bindings: {}, fields, message });
  }) as typeof logger.error);
  return lines;
}

afterEach(() => {
  request.headers = null;
  vi.restoreAllMocks();
});

describe("logUnexpected", () => {
  it("returns a short id at once, and writes it with the request's id, the error and the context", async () => {
    request.headers = new Headers({ "x-request-id": "req-from-proxy-1" });
    const lines = captureLines();
    const error = new Error("connection refused");
    const errorId = logUnexpected(error, { action: "saveObservation", viewerId: "u1" });
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toEqual({
      bindings: { requestId: "req-from-proxy-1" },
      fields: { err: error, errorId, action: "saveObservation", viewerId: "u1" },
      message: "unexpected error",
    });
  });

  it("gives the person a different id for each error", () => {
    captureLines();
    expect(logUnexpected(new Error("a"))).not.toBe(logUnexpected(new Error("b")));
  });

  it("still logs outside a request, without a request id", async () => {
    const lines = captureLines();
    const errorId = logUnexpected(new Error("at start-up"));
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]!.bindings).toEqual({});
    expect(lines[0]!.fields).toMatchObject({ errorId });
  });
});

describe("requestLogger and currentRequestId", () => {
  it("tags every line of a request without an incoming id with one id made for it", async () => {
    request.headers = new Headers();
    const first = await currentRequestId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await currentRequestId()).toBe(first);
    const child = vi.spyOn(logger, "child");
    await requestLogger();
    expect(child).toHaveBeenCalledWith({ requestId: first });
  });

  it("is the plain logger outside a request", async () => {
    expect(await currentRequestId()).toBeUndefined();
    expect(await requestLogger()).toBe(logger);
  });
});

describe("logRequestError", () => {
  const context = { routePath: "/set-password/[token]", routeType: "render" };

  it("logs a refused Server Action (a foreign origin) as a warning, not an error of the app", () => {
    const lines = captureLines();
    logRequestError(
      new Error("Invalid Server Actions request."),
      { method: "POST", headers: { "x-request-id": "req-8" } },
      { routePath: "/(auth)/login/page", routeType: "render" },
    );
    expect(lines.map((line) => line.message)).toEqual(["warn: refused a Server Action request (foreign origin or unknown action)"]);
  });

  it("logs the digest the error page shows, with the request's id, and the route's file path rather than its URL", () => {
    const lines = captureLines();
    const error = Object.assign(new Error("relation does not exist"), { digest: "2417794573" });
    logRequestError(error, { method: "GET", headers: { "x-request-id": "req-7" } }, context);
    expect(lines).toEqual([
      {
        bindings: { requestId: "req-7" },
        fields: { err: error, digest: "2417794573", method: "GET", route: "/set-password/[token]", routeType: "render" },
        message: "request failed",
      },
    ]);
  });

  it("leaves out a request id that is missing or not a plain short id", () => {
    const lines = captureLines();
    logRequestError(new Error("x"), { method: "POST", headers: {} }, context);
    logRequestError(new Error("y"), { method: "POST", headers: { "x-request-id": "a\nforged line" } }, context);
    logRequestError("a thrown string", { method: "POST", headers: { "x-request-id": ["a", "b"] } }, context);
    expect(lines.map((line) => line.bindings)).toEqual([{}, {}, {}]);
    expect(lines[2]!.fields).toMatchObject({ err: "a thrown string", digest: undefined });
  });
});
