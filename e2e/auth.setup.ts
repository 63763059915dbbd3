import { mkdir, writeFile } from "node:fs/promises";
import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, emailOf, storageStateOf, type Role } from "./fixtures";

/**
 * Signs each demo role in through next-auth's own endpoint (no page), once, and saves the session for the
 * tests, in English so that accessible names are stable. The sign-in page has its own test in login.spec.ts.
 */
for (const role of ["reporter", "reporter2", "editor", "admin"] as Role[]) {
  setup(`sign in as ${role}`, async ({ request, baseURL }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: emailOf(role), password: DEMO_PASSWORD, callbackUrl: `${baseURL}/dashboard` },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    const state = await request.storageState();
    expect(state.cookies.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);
    state.cookies.push({ name: "NEXT_LOCALE", value: "en", domain: "localhost", path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" });
    await mkdir("e2e/.auth", { recursive: true });
    await writeFile(storageStateOf(role), JSON.stringify(state));
  });
}
