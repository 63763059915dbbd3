import "server-only";
import { db } from "@/lib/db";

/** Whether this session was signed out of (revoke-session.ts): one primary-key lookup, made on every request. */
export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}
