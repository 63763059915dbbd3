/**
 * Signing in as a browser does through next-auth's credentials endpoint: fetch a CSRF token (it comes with a
 * cookie), post the form with both. The two requests go to whichever instances the caller says: a token made by
 * one instance and checked by the other shows they share AUTH_SECRET.
 */
import { send, type CookieJar, type Instance, type Sent } from "./client";
import type { Recorder } from "./report";

export const SESSION_COOKIE = "authjs.session-token";

/** Where next-auth sends a refused sign-in: /login?error=CredentialsSignin&code=credentials|rate_limited. */
export function refusalCode(location: string | null): string | null {
  if (!location) return null;
  const url = new URL(location, "http://x");
  return url.pathname === "/login" && url.searchParams.get("error") ? (url.searchParams.get("code") ?? url.searchParams.get("error")) : null;
}

/**
 * Returns the callback's answer: `ok` when it set a session cookie and sent the person on to the dashboard.
 * `expectSuccess: false` (the lockout proof) records nothing and leaves judging to the caller. `forwardedFor` posts
 * the form as a reverse proxy would for a browser at that address (the instances trust 127.0.0.1 as a proxy).
 */
export async function signIn({
  csrfFrom,
  postTo,
  jar,
  email,
  password,
  recorder = null,
  forwardedFor,
}: {
  csrfFrom: Instance;
  postTo: Instance;
  jar: CookieJar;
  email: string;
  password: string;
  recorder?: Recorder | null;
  forwardedFor?: string;
}): Promise<Sent> {
  const csrf = await send(
    csrfFrom,
    { method: "GET", path: "/api/auth/csrf", jar, expect: { kind: "page" }, check: (body) => (/"csrfToken":"[^"]+"/.test(body) ? undefined : "no CSRF token") },
    recorder,
  );
  if (!csrf.ok) return csrf;
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return send(
    postTo,
    {
      method: "POST",
      path: "/api/auth/callback/credentials",
      jar,
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : undefined,
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/dashboard" }),
      expect: { kind: "redirect", statuses: [302, 303], location: /^\/dashboard$/, cookie: SESSION_COOKIE },
    },
    recorder,
  );
}
