"use server";

import { auth, signOut } from "@/lib/auth/auth";
import { revokeSignedOutSession } from "@/lib/data/users/revoke-session";

/**
 * Signs out here and wherever this session's cookie may have been copied: the session is revoked in the database
 * first. Should that fail, the person sees the error page (with its id) and is still signed in, rather than believe
 * they signed out (Auth.js's own sign-out event, which also revokes, would only log the failure). Anyone may call
 * it; without a session there is nothing to revoke.
 */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session) await revokeSignedOutSession(session);
  await signOut({ redirectTo: "/login" });
}
