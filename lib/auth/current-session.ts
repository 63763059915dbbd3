import "server-only";
import { findSessionHolder } from "@/lib/data/users/find-session-holder";
import type { Viewer } from "./permissions";
import { sessionEndsAt } from "./session-lifetime";

/** What a session cookie claims, as the JWT carries it (token) or Auth.js's session shows it. */
export type SessionClaims = { userId?: string; sid?: string; signedInAt?: number; sessionVersion?: number };

/**
 * The person behind a session, or null where Ashyq refuses it: a session made before sessions had ids (it must
 * sign in again), one past SESSION_MAX_AGE after its sign-in however often refreshed, one signed out of (even a
 * copy of its cookie), a disabled user, or one whose password changed since (decision 0003). The viewer and
 * Auth.js's own /api/auth/session both ask this, so neither answers for a session the other refuses.
 */
export async function currentSessionHolder(claims: SessionClaims, now = Date.now()): Promise<Viewer | null> {
  if (!claims.userId || !claims.sid) return null;
  const endsAt = sessionEndsAt(claims);
  if (endsAt === null || now >= endsAt.getTime()) return null;
  const { user, revoked } = await findSessionHolder(claims.userId, claims.sid);
  if (!user || user.disabled || revoked || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
