/** Signing in and timing pages the way a browser would, with nothing but fetch. */

/** "name=value" pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

/**
 * next-auth's credentials flow: fetch a CSRF token (it comes with a cookie), post the form with both, keep
 * the session cookie from the redirect. Returns the Cookie header for the signed-in requests.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/dashboard` }),
  });
  const cookies = [...csrfCookies, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.includes("authjs.session-token"))) {
    throw new Error(`Sign-in as ${email} failed (status ${response.status}, location ${response.headers.get("location")})`);
  }
  return [...cookies, "NEXT_LOCALE=ru"].join("; ");
}

/** Milliseconds from sending the request to having read the whole body (a streamed render included), and the body. */
export async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  return { ms, bytes: Buffer.byteLength(body), body };
}
