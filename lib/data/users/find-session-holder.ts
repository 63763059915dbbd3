import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isSessionRevoked } from "./is-session-revoked";

/**
 * The person a session cookie names, as the database has them now, and whether that session was signed out of.
 * Read by the viewer and by Auth.js's session callback in the same request: cached per request, so it is one
 * round trip, not two.
 */
export const findSessionHolder = cache(async (userId: string, sessionId: string) => {
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, name: true, email: true, disabled: true, sessionVersion: true },
    }),
    isSessionRevoked(sessionId),
  ]);
  return { user, revoked };
});
