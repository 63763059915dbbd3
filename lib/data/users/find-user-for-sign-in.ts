import "server-only";
import { db } from "@/lib/db";

/** The one read that sees a password hash: the account an email names, for checking a sign-in (lib/auth/auth.ts). */
export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
}
