import "server-only";
import { db } from "@/lib/db";

/**
 * Ends one session for good: the one being signed out of. Sessions are signed cookies (decision 0003), so
 * without this a copy of the cookie taken before the sign-out would keep working until it expired.
 * lib/auth/viewer.ts refuses a revoked session on every request, on every instance.
 *
 * `expiresAt`: when the session would have ended anyway (its sign-in plus SESSION_MAX_AGE); the row is not needed
 * after that, and rows past it are cleared here, so the table holds only sessions that could still be used.
 */
export async function revokeSession({ sessionId, expiresAt, now = new Date() }: { sessionId: string; expiresAt: Date; now?: Date }): Promise<void> {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} }),
  ]);
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}
