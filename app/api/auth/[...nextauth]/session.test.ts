/**
 * Auth.js's own /api/auth/session, called as the route handler with a real signed cookie: it answers with the
 * person only where the app itself would take the session (lib/auth/current-session.ts), and otherwise with no
 * one, clearing the cookie instead of renewing it.
 */
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";

// Outside a request React's cache() would keep its first answer for the whole file.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const { GET } = await import("./route");
const { revokeSession } = await import("@/lib/data/users/revoke-session");

withTestDatabase();

const COOKIE = "authjs.session-token";
const nowSeconds = () => Math.floor(Date.now() / 1000);

let user: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  user = await createUser(db, { role: "EDITOR" });
});

async function sessionCookie(overrides: Record<string, unknown> = {}) {
  const token = {
    sub: user.id,
    name: user.name,
    email: user.email,
    uid: user.id,
    role: user.role,
    sessionVersion: user.sessionVersion,
    sid: crypto.randomUUID(),
    signedInAt: nowSeconds() - 60,
    ...overrides,
  };
  return { token, value: await encode({ token, secret: env.AUTH_SECRET!, salt: COOKIE }) };
}

async function askForSession(cookieValue: string) {
  const response = await GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie: `${COOKIE}=${cookieValue}` } }));
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
  return {
    body: (await response.json()) as { user?: { email?: string; role?: string } } | null,
    cleared: setCookie?.startsWith(`${COOKIE}=;`) ?? false,
    renewed: Boolean(setCookie && !setCookie.startsWith(`${COOKIE}=;`)),
  };
}

describe("/api/auth/session", () => {
  it("shows the person for a current session, and renews its cookie", async () => {
    const { value } = await sessionCookie();
    const answer = await askForSession(value);
    expect(answer.body?.user).toMatchObject({ email: user.email, role: "EDITOR" });
    expect(answer.renewed).toBe(true);
  });

  it("shows no one for a session signed out of, even a copy of its cookie, and clears it", async () => {
    const { token, value } = await sessionCookie();
    await revokeSession({ sessionId: token.sid, signedInAt: new Date(token.signedInAt * 1000) });
    const answer = await askForSession(value);
    expect(answer.body?.user).toBeUndefined();
    expect(JSON.stringify(answer.body ?? {})).not.toContain(user.email);
    expect(answer.cleared).toBe(true);
  });

  it("shows no one for a disabled person", async () => {
    const { value } = await sessionCookie();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect((await askForSession(value)).body?.user).toBeUndefined();
  });

  it("shows no one after a password change (an old session version)", async () => {
    const { value } = await sessionCookie({ sessionVersion: user.sessionVersion - 1 });
    expect((await askForSession(value)).body?.user).toBeUndefined();
  });

  it("shows no one SESSION_MAX_AGE after the sign-in, or for a session without an id", async () => {
    expect((await askForSession((await sessionCookie({ signedInAt: nowSeconds() - env.SESSION_MAX_AGE - 1 })).value)).body?.user).toBeUndefined();
    expect((await askForSession((await sessionCookie({ sid: undefined })).value)).body?.user).toBeUndefined();
  });
});
