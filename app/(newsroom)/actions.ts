"use server";

import { auth, signOut } from "@/lib/auth/auth";
import { sessionEndsAt } from "@/lib/auth/viewer";
import { revokeSession } from "@/lib/data/users/revoke-session";

/**
 * Signs out here and everywhere this session's cookie may have been copied: the session is revoked in the
 * database before the cookie is cleared. Anyone may call it; without a session there is nothing to revoke.
 */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  const expiresAt = session ? sessionEndsAt(session) : null;
  if (session?.sid && expiresAt) await revokeSession({ sessionId: session.sid, expiresAt });
  await signOut({ redirectTo: "/login" });
}
