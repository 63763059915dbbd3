import { describe, expect, it } from "vitest";
import { isRequestId, MAX_REQUEST_ID_LENGTH, newRequestId, REQUEST_ID_HEADER, requestIdFrom, requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("isRequestId", () => {
  it.each([
    ["0f3c2a9e-1b2d-4c5e-8f70-123456789abc", true],
    ["a3f1c9e07b2d4c5e8f70123456789abc", true], // nginx's $request_id
    ["Root-1-67891233-abcdef012345678912345678", true], // AWS load balancer trace id, without its '='
    ["x", true],
    ["a".repeat(MAX_REQUEST_ID_LENGTH), true],
    ["a".repeat(MAX_REQUEST_ID_LENGTH + 1), false],
    ["", false],
    ["abc def", false],
    ["abc\ninjected log line", false],
    ["<script>alert(1)</script>", false],
    ["id_with_underscore", false],
    ["id=1", false],
    ["Жумагулов", false],
    [null, false],
    [undefined, false],
  ])("%j → %s", (value, valid) => {
    expect(isRequestId(value)).toBe(valid);
  });
});

describe("requestIdOf", () => {
  it("keeps a raw header that is a valid id, and nothing else (a repeated header, markup, none)", () => {
    expect(requestIdOf("req-7")).toBe("req-7");
    expect(requestIdOf(["req-7", "req-8"])).toBeUndefined();
    expect(requestIdOf("<script>")).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});

describe("newRequestId", () => {
  it("makes a fresh UUID each time, which is itself a valid id", () => {
    const [a, b] = [newRequestId(), newRequestId()];
    expect(a).toMatch(UUID);
    expect(a).not.toBe(b);
    expect(isRequestId(a)).toBe(true);
  });
});

describe("requestIdFrom", () => {
  it("keeps the id a reverse proxy gave the request", () => {
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: "from-nginx-42" }))).toBe("from-nginx-42");
    expect(requestIdFrom(new Headers({ "X-Request-Id": "Mixed-Case-Header" }))).toBe("Mixed-Case-Header");
  });

  it("replaces an invalid incoming id with one of its own", () => {
    const headers = new Headers({ [REQUEST_ID_HEADER]: 'evil" onload="x' });
    expect(requestIdFrom(headers)).toMatch(UUID);
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: "a".repeat(65) }))).toMatch(UUID);
  });

  it("makes an id for a request that has none, and gives the same one for the rest of that request", () => {
    const oneRequest = new Headers();
    const id = requestIdFrom(oneRequest);
    expect(id).toMatch(UUID);
    expect(requestIdFrom(oneRequest)).toBe(id);
    expect(requestIdFrom(new Headers())).not.toBe(id);
  });

  it("reads any object with a get(), like Next's read-only request headers", () => {
    expect(requestIdFrom({ get: (name) => (name === REQUEST_ID_HEADER ? "abc-123" : null) })).toBe("abc-123");
  });
});
