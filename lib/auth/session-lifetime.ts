import "server-only";
import { env } from "@/lib/env";

/**
 * When a session ends at the latest: its sign-in plus SESSION_MAX_AGE, however often its cookie was refreshed
 * since. Null for a session made before sessions carried their sign-in time.
 */
export function sessionEndsAt(session: { signedInAt?: number }): Date | null {
  return session.signedInAt === undefined ? null : new Date((session.signedInAt + env.SESSION_MAX_AGE) * 1000);
}
