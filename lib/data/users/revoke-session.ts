import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Ends one session for good: the one being signed out of. Sessions are signed cookies (decision 0003), so
 * without this a copy of the cookie taken before the sign-out would keep working until it expired.
 * lib/auth/viewer.ts refuses a revoked session on every request, on every instance.
 *
 * A session ends SESSION_MAX_AGE after its sign-in anyway; rows of sessions past that are cleared here, by the
 * setting in force now (were it raised since, a row cleared by the older one could make a revoked copy valid again).
 */
export async function revokeSession({ sessionId, signedInAt, now = new Date() }: { sessionId: string; signedInAt: Date; now?: Date }): Promise<void> {
  const oldestStillValid = new Date(now.getTime() - env.SESSION_MAX_AGE * 1000);
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { signedInAt: { lt: oldestStillValid } } }),
    db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, signedInAt }, update: {} }),
  ]);
}

/**
 * Revokes the session a token or session object describes (its `sid`, and `signedInAt` in seconds, as
 * lib/auth/auth.ts puts them there). A session made before sessions had ids has nothing to revoke.
 */
export async function revokeSignedOutSession(session: { sid?: string; signedInAt?: number }): Promise<void> {
  if (session.sid && session.signedInAt !== undefined) await revokeSession({ sessionId: session.sid, signedInAt: new Date(session.signedInAt * 1000) });
}
