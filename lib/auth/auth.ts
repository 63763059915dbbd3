import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findUserForSignIn } from "@/lib/data/users/find-user-for-sign-in";
import { revokeSignedOutSession } from "@/lib/data/users/revoke-session";
import { clearFailedSignIns, recordFailedSignIn, signInBrakeSeconds, signInRetryAfter } from "@/lib/data/users/sign-in-rate-limit";
import { env, requireAuthSecret } from "@/lib/env";
import { requestIdFrom } from "@/lib/http/request-id";
import { logger, requestLogger } from "@/lib/logger";
import { SignInInput } from "@/lib/validation/sign-in-input";
import { clientAddress } from "./client-address";
import { currentSessionHolder } from "./current-session";
import { decoyPasswordHash, verifyPassword } from "./password";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

// The config is built per request (a function), so that `next build` needs no secrets.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: requireAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  // A failed sign-in is an expected outcome (logged once, quietly, in authorize), not a stack trace.
  logger: {
    error(error) {
      // By `type`, not `name`: the production build minifies class names ("j"), and a wrong password then
      // logged a stack trace at error level.
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      void requestLogger().then((log) => log.error({ err: error }, "auth error"));
    },
    warn(code) {
      void requestLogger().then((log) => log.warn({ code }, "auth warning"));
    },
  },
  events: {
    // Every way of signing out (the header's button, Auth.js's own /api/auth/signout) ends here: the session is
    // revoked in the database, so a copy of its cookie is refused too (decision 0003, lib/auth/viewer.ts).
    // (The header's button revokes before calling signOut, so that a failure is shown, not swallowed by Auth.js;
    // doing it again here costs one upsert.)
    async signOut(message) {
      if ("token" in message && message.token) await revokeSignedOutSession(message.token);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = SignInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request?.headers);
        const log = request ? logger.child({ requestId: requestIdFrom(request.headers) }) : logger;
        const [retryAfter, brake] = await Promise.all([signInRetryAfter(email, address), signInBrakeSeconds(email)]);
        if (retryAfter > 0) {
          log.warn({ email, address, retryAfter }, "sign-in rate limited");
          throw new RateLimitedSignIn();
        }
        // Failures from elsewhere slow the account down but never keep the right password out (sign-in-limits.ts).
        if (brake > 0) await new Promise((resolve) => setTimeout(resolve, brake * 1000));
        const user = await findUserForSignIn(email);
        // Same work and same answer for an unknown user, a wrong password and a disabled account.
        const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
        if (!user || !valid || user.disabled) {
          await recordFailedSignIn(email, address);
          log.info({ email, address }, "sign-in failed");
          return null;
        }
        await clearFailedSignIns(email, address);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // A session Ashyq refuses gets no answer from Auth.js either (its /api/auth/session would otherwise show a
      // signed-out or disabled person's name, email and role, and renew the cookie): null clears the cookie.
      if (!user) {
        const claims = { userId: token.uid, sid: token.sid, signedInAt: token.signedInAt, sessionVersion: token.sessionVersion };
        return (await currentSessionHolder(claims)) ? token : null;
      }
      token.uid = user.id!;
      token.role = user.role;
      token.sessionVersion = user.sessionVersion;
      // Set once, at sign-in, and carried through every refresh of the cookie: see lib/auth/current-session.ts.
      token.sid = crypto.randomUUID();
      token.signedInAt = Math.floor(Date.now() / 1000);
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid;
      session.user.role = token.role;
      session.sessionVersion = token.sessionVersion;
      session.sid = token.sid;
      session.signedInAt = token.signedInAt;
      return session;
    },
  },
}));
