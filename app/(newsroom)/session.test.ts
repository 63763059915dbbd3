import type { Session } from "next-auth";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";

// The session cookie is the request's edge: what it decodes to is set per test. Everything behind it is real.
const cookie: { session: Session | null } = { session: null };
vi.mock("@/lib/auth/auth", () => ({ auth: async () => cookie.session, signOut: async () => {}, signIn: async () => {} }));
// getViewer is cached per request with React's cache(), which outside a request would keep the first answer.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const { getViewer } = await import("@/lib/auth/viewer");
const { signOutAction } = await import("@/app/(newsroom)/actions");
const { isSessionRevoked } = await import("@/lib/data/users/is-session-revoked");
const { revokeSession } = await import("@/lib/data/users/revoke-session");

withTestDatabase();

let user: { id: string; role: Session["user"]["role"]; name: string; email: string; sessionVersion: number };
beforeAll(async () => {
  user = await createUser(db, { role: "REPORTER" });
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
function sessionOf(overrides: Partial<Session> = {}): Session {
  return {
    user: { id: user.id, role: user.role, name: user.name, email: user.email },
    sessionVersion: user.sessionVersion,
    sid: crypto.randomUUID(),
    signedInAt: nowSeconds() - 60,
    expires: new Date(Date.now() + 3600_000).toISOString(),
    ...overrides,
  };
}

describe("the viewer behind a session cookie", () => {
  beforeEach(() => {
    cookie.session = null;
  });

  it("is the signed-in person for a current session", async () => {
    cookie.session = sessionOf();
    expect((await getViewer())?.id).toBe(user.id);
  });

  it("is nobody once that session was signed out of, even for a copy of its cookie", async () => {
    const session = sessionOf();
    cookie.session = session;
    expect((await getViewer())?.id).toBe(user.id);
    await signOutAction(); // the header's button (auth.ts's sign-out event does the same for /api/auth/signout)
    expect(await isSessionRevoked(session.sid!)).toBe(true);
    cookie.session = { ...session }; // the copy
    expect(await getViewer()).toBeNull();
    // Another session of the same person (another device) is not affected.
    cookie.session = sessionOf();
    expect((await getViewer())?.id).toBe(user.id);
  });

  it("is nobody SESSION_MAX_AGE after the sign-in, however fresh the cookie", async () => {
    cookie.session = sessionOf({ signedInAt: nowSeconds() - env.SESSION_MAX_AGE - 1 });
    expect(await getViewer()).toBeNull();
  });

  it("is nobody for a session without an id (made before sessions had one): it signs in again", async () => {
    cookie.session = sessionOf({ sid: undefined });
    expect(await getViewer()).toBeNull();
  });

  it("is nobody after a password change or disabling (the session's version is old)", async () => {
    cookie.session = sessionOf({ sessionVersion: user.sessionVersion - 1 });
    expect(await getViewer()).toBeNull();
  });
});

describe("revokeSession", () => {
  it("is idempotent, and clears revocations of sessions that have ended anyway", async () => {
    const now = new Date();
    const longAgo = new Date(now.getTime() - (env.SESSION_MAX_AGE + 60) * 1000);
    await revokeSession({ sessionId: "old-session", signedInAt: longAgo, now: longAgo });
    await revokeSession({ sessionId: "current-session", signedInAt: now, now });
    await revokeSession({ sessionId: "current-session", signedInAt: now, now });
    expect(await isSessionRevoked("current-session")).toBe(true);
    expect(await isSessionRevoked("old-session")).toBe(false);
  });
});
