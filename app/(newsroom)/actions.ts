"use server";

import { signOut } from "@/lib/auth/auth";

/** Signs out; the session is revoked on every instance by the sign-out event (lib/auth/auth.ts). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
